# Shared build helpers: one place for warnings, sanitizers and test registration.

function(signet_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        # Qt's qCDebug()-style macros are called with no variadic arguments by design.
        target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(SIGNET_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(SIGNET_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    # Qt's string literals: no implicit ASCII casts, so every visible string goes through tr().
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                                 QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER)
endfunction()

# signet_add_test(app/protocol/EnvelopeTest LIBS Signet::App LABELS unit)
# builds tests/<path>.cpp into one executable and registers it with CTest.
# Options: LIBS, LABELS, SOURCES, ENV (extra environment), WRAPPER (command prefix), TIMEOUT;
# POSTGRES also registers <path>/postgresql, the same executable against a real PostgreSQL server
# (tests/support/with-postgres.sh; the test's hubs and stores then live there); POSTGRES_ONLY
# registers only that one (for what only PostgreSQL does, e.g. several hubs on one database).
function(signet_add_test path)
    cmake_parse_arguments(ARG "POSTGRES;POSTGRES_ONLY" "TIMEOUT" "LIBS;LABELS;SOURCES;ENV;WRAPPER" ${ARGN})
    get_filename_component(name ${path} NAME)
    add_executable(${name} ${CMAKE_CURRENT_SOURCE_DIR}/${path}.cpp ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test Signet::TestSupport)
    target_compile_definitions(${name} PRIVATE
        SIGNET_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data" SIGNET_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    signet_set_warnings(${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    if(SIGNET_SANITIZE)
        # A sanitizer finding fails the test that hit it (UBSan would otherwise print and go on),
        # and the slower build gets more time.
        list(APPEND ARG_ENV "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1")
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 3")
    endif()
    if(NOT ARG_POSTGRES_ONLY)
        # WRAPPER runs the test inside an environment script (e.g. a private keyring).
        add_test(NAME ${path} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
        set_tests_properties(${path} PROPERTIES
            LABELS "${ARG_LABELS}"
            TIMEOUT ${ARG_TIMEOUT}
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=signet.*.debug=false;${ARG_ENV}")
    endif()
    if(ARG_POSTGRES OR ARG_POSTGRES_ONLY)
        add_test(NAME ${path}/postgresql
            COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with-postgres.sh ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
        set_tests_properties(${path}/postgresql PROPERTIES
            LABELS "${ARG_LABELS};postgresql"
            TIMEOUT ${ARG_TIMEOUT}
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=signet.*.debug=false;${ARG_ENV}")
    endif()
endfunction()
