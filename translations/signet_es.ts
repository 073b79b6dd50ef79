<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddressCheck</name>
    <message>
        <source>Enter an address.</source>
        <translation>Introduzca una dirección.</translation>
    </message>
    <message>
        <source>“%1” is not an address like https://host.example.com</source>
        <translation>«%1» no es una dirección como https://host.example.com</translation>
    </message>
    <message>
        <source>Use https:// for %1 — unencrypted connections are only allowed to this computer.</source>
        <translation>Use https:// para %1: las conexiones sin cifrar solo se permiten a este equipo.</translation>
    </message>
    <message>
        <source>“%1” is not a host name.</source>
        <translation>«%1» no es un nombre de host.</translation>
    </message>
    <message>
        <source>Enter the account ID.</source>
        <translation>Introduzca el identificador de la cuenta.</translation>
    </message>
    <message>
        <source>The account ID is letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (LivePerson&apos;s are digits, like 12345678).</source>
        <translation>El identificador de la cuenta lleva letras, dígitos, &apos;.&apos;, &apos;-&apos; o &apos;_&apos; (los de LivePerson son dígitos, como 12345678).</translation>
    </message>
    <message>
        <source>Enter the discovery domain (for LivePerson, adminlogin.liveperson.net).</source>
        <translation>Introduzca el dominio de descubrimiento (para LivePerson, adminlogin.liveperson.net).</translation>
    </message>
    <message>
        <source>The discovery domain is a host name, with a port if needed: adminlogin.liveperson.net or hub.example.com:8443</source>
        <translation>El dominio de descubrimiento es un nombre de host, con puerto si hace falta: adminlogin.liveperson.net o hub.example.com:8443</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>“%1” is not a signet:// link.</source>
        <translation>«%1» no es un enlace signet://.</translation>
    </message>
    <message>
        <source>Signet links look like signet://conversation/&lt;id&gt;.</source>
        <translation>Los enlaces de Signet tienen esta forma: signet://conversation/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation id.</source>
        <translation>«%1» no es un identificador de conversación.</translation>
    </message>
    <message>
        <source>Sign-in requested (%1 bubble, &quot;%2&quot;)</source>
        <translation>Inicio de sesión solicitado (burbuja %1, «%2»)</translation>
    </message>
    <message>
        <source>Customer opened the login page (%1)</source>
        <translation>El cliente abrió la página de inicio de sesión (%1)</translation>
    </message>
    <message>
        <source>Answered with an encrypted token</source>
        <translation>Respondida con un token cifrado</translation>
    </message>
    <message>
        <source>Answered: failed — %1</source>
        <translation>Respondida: falló — %1</translation>
    </message>
    <message>
        <source>Verified as %1 (%2), expires %3</source>
        <translation>Verificado como %1 (%2), caduca %3</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not verified by the hub: the agent said %1 (%2)</source>
        <translation>No verificado por el hub: el agente indicó %1 (%2)</translation>
    </message>
    <message>
        <source>The agent&apos;s desk confirmed the identity the hub checked (%1)</source>
        <translation>El escritorio del agente confirmó la identidad que el hub comprobó (%1)</translation>
    </message>
    <message>
        <source>sent; no answer recorded</source>
        <translation>enviada; sin respuesta registrada</translation>
    </message>
    <message>
        <source>the customer opened the login page</source>
        <translation>el cliente abrió la página de inicio de sesión</translation>
    </message>
    <message>
        <source>wrong password (attempt %1 of %2)</source>
        <translation>contraseña incorrecta (intento %1 de %2)</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>sesión iniciada como %1</translation>
    </message>
    <message>
        <source>not verified by the hub: the agent said %1</source>
        <translation>no verificado por el hub: el agente dijo %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazada: %1</translation>
    </message>
    <message>
        <source>Wrong password (attempt %1 of %2): the sign-in was stopped</source>
        <translation>Contraseña incorrecta (intento %1 de %2): se detuvo el inicio de sesión</translation>
    </message>
    <message>
        <source>Wrong password (attempt %1 of %2)</source>
        <translation>Contraseña incorrecta (intento %1 de %2)</translation>
    </message>
</context>
<context>
    <name>ServerKind</name>
    <message>
        <source>A signet-hub, by its address</source>
        <translation>Un signet-hub, por su dirección</translation>
    </message>
    <message>
        <source>A LivePerson-style account, by account ID and discovery domain</source>
        <translation>Una cuenta al estilo de LivePerson, por identificador de cuenta y dominio de descubrimiento</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>Tipo de servidor</translation>
    </message>
    <message>
        <source>A signet-hub is reached by its address; a LivePerson-style account by its account ID and the domain that tells where its login and messaging servers are</source>
        <translation>A un signet-hub se llega por su dirección; a una cuenta al estilo de LivePerson, por su identificador y el dominio que indica dónde están sus servidores de inicio de sesión y de mensajería</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>&amp;URL del servidor</translation>
    </message>
    <message>
        <source>Discovery &amp;domain</source>
        <translation>&amp;Dominio de descubrimiento</translation>
    </message>
    <message>
        <source>The signet-hub&apos;s address: https://host:port</source>
        <translation>La dirección del signet-hub: https://host:puerto</translation>
    </message>
    <message>
        <source>The domain that tells where the account&apos;s login and messaging servers are (host or host:port; always over https)</source>
        <translation>El dominio que indica dónde están los servidores de inicio de sesión y de mensajería de la cuenta (host o host:puerto; siempre por https)</translation>
    </message>
    <message>
        <source>The account on the server (signet for a signet-hub)</source>
        <translation>La cuenta en el servidor (signet para un signet-hub)</translation>
    </message>
    <message>
        <source>The account ID (LivePerson&apos;s site ID)</source>
        <translation>El identificador de la cuenta (el site ID de LivePerson)</translation>
    </message>
</context>
<context>
    <name>Signet::AgentConnection</name>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>el servidor respondió HTTP %1</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// on this computer).</source>
        <translation>La dirección del servidor debe empezar por https:// (o http:// en este equipo).</translation>
    </message>
    <message>
        <source>Refusing an unencrypted connection to %1: use https:// for any server that is not on this computer.</source>
        <translation>Se rechaza una conexión sin cifrar a %1: use https:// para cualquier servidor que no esté en este equipo.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La conexión se cerró.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>En línea como %1</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting in %1 s</source>
        <translation>Conexión perdida; nuevo intento en %1 s</translation>
    </message>
    <message>
        <source>Connection lost (%1); reconnecting in %2 s</source>
        <translation>Conexión perdida (%1); nuevo intento en %2 s</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo acceder a %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s discovery answer lacks the login or messaging service.</source>
        <translation>A la respuesta de descubrimiento del servidor le falta el servicio de inicio de sesión o de mensajería.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation>Inicio de sesión rechazado: %1</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>The server&apos;s login answer has no bearer token.</source>
        <translation>La respuesta de inicio de sesión del servidor no trae un token bearer.</translation>
    </message>
    <message>
        <source>the server stopped answering (no reply within %1 s)</source>
        <translation>el servidor dejó de responder (sin respuesta en %1 s)</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Sin conexión con el servidor.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
</context>
<context>
    <name>Signet::Attention</name>
    <message>
        <source>Transferred to you: %1</source>
        <translation>Transferida a usted: %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Conversación nueva</translation>
    </message>
    <message>
        <source>New conversation: %1</source>
        <translation>Conversación nueva: %1</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Un cliente</translation>
    </message>
    <message>
        <source>Private note from %1 about %2</source>
        <translation>Nota interna de %1 sobre %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n new messages)</source>
        <translation>
            <numerusform>%1 (%n mensaje nuevo)</numerusform>
            <numerusform>%1 (%n mensajes nuevos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signet::Auth::AppleAuthRequest</name>
    <message>
        <source>The %1 bubble needs a title.</source>
        <translation>La burbuja %1 necesita un título.</translation>
    </message>
    <message>
        <source>The %1 title is longer than %2 characters.</source>
        <translation>El título de la burbuja %1 supera los %2 caracteres.</translation>
    </message>
    <message>
        <source>The %1 subtitle is longer than %2 characters.</source>
        <translation>El subtítulo de la burbuja %1 supera los %2 caracteres.</translation>
    </message>
    <message>
        <source>The large style shows a 263×150 image on top: add an image URL or choose icon or small.</source>
        <translation>El estilo grande muestra arriba una imagen de 263×150: añada la URL de una imagen o elija icono o pequeño.</translation>
    </message>
    <message>
        <source>The %1 image URL is not a valid address.</source>
        <translation>La URL de la imagen de la burbuja %1 no es una dirección válida.</translation>
    </message>
    <message>
        <source>The %1 image must be served over https.</source>
        <translation>La imagen de la burbuja %1 debe servirse por https.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>de respuesta</translation>
    </message>
    <message>
        <source>ConnectorAuthenticationRequest.requestIdentifier is missing.</source>
        <translation>Falta ConnectorAuthenticationRequest.requestIdentifier.</translation>
    </message>
    <message>
        <source>ConnectorAuthenticationRequest.requestIdentifier is longer than 128 characters.</source>
        <translation>ConnectorAuthenticationRequest.requestIdentifier supera los 128 caracteres.</translation>
    </message>
    <message>
        <source>ConnectorAuthenticationRequest.apple.oauth2.responseEncryptionKey is missing.</source>
        <translation>Falta ConnectorAuthenticationRequest.apple.oauth2.responseEncryptionKey.</translation>
    </message>
    <message>
        <source>A sign-in request needs its BusinessChatMessage metadata.</source>
        <translation>Una solicitud de inicio de sesión necesita sus metadatos BusinessChatMessage.</translation>
    </message>
    <message>
        <source>BusinessChatMessage needs receivedMessage and replyMessage with a known style.</source>
        <translation>BusinessChatMessage necesita receivedMessage y replyMessage con un estilo conocido.</translation>
    </message>
    <message>
        <source>%1 is not on the team&apos;s image allow-list.</source>
        <translation>%1 no está en la lista de hosts de imágenes permitidos del equipo.</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::AuthResponse</name>
    <message>
        <source>it names no sign-in request</source>
        <translation>no nombra ninguna solicitud de inicio de sesión</translation>
    </message>
    <message>
        <source>its status is not true or false</source>
        <translation>su estado no es true ni false</translation>
    </message>
    <message>
        <source>its token is not a string</source>
        <translation>su token no es una cadena</translation>
    </message>
    <message>
        <source>its token is not encrypted (only tokens encrypted to the request&apos;s key are accepted)</source>
        <translation>su token no está cifrado (solo se aceptan tokens cifrados para la clave de la solicitud)</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::AuthResponseBinder</name>
    <message>
        <source>An answer that names no sign-in request was refused.</source>
        <translation>Se rechazó una respuesta que no nombra ninguna solicitud de inicio de sesión.</translation>
    </message>
    <message>
        <source>An answer to an unknown sign-in request (%1) was refused.</source>
        <translation>Se rechazó una respuesta a una solicitud de inicio de sesión desconocida (%1).</translation>
    </message>
    <message>
        <source>An answer to a sign-in request of another conversation was refused.</source>
        <translation>Se rechazó una respuesta a la solicitud de inicio de sesión de otra conversación.</translation>
    </message>
    <message>
        <source>An answer arrived after the sign-in request had expired and was refused.</source>
        <translation>Llegó una respuesta después de que caducara la solicitud de inicio de sesión y se rechazó.</translation>
    </message>
    <message>
        <source>An answer arrived after the sign-in request was cancelled and was refused.</source>
        <translation>Llegó una respuesta después de que se cancelara la solicitud de inicio de sesión y se rechazó.</translation>
    </message>
    <message>
        <source>A second answer to the same sign-in request was refused (replay).</source>
        <translation>Se rechazó una segunda respuesta a la misma solicitud de inicio de sesión (repetición).</translation>
    </message>
    <message>
        <source>Response could not be verified: %1.</source>
        <translation>No se pudo verificar la respuesta: %1.</translation>
    </message>
    <message>
        <source>the customer did not sign in</source>
        <translation>el cliente no inició sesión</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Error de autenticación: %1</translation>
    </message>
    <message>
        <source>Response could not be verified: %1</source>
        <translation>No se pudo verificar la respuesta: %1</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::AuthTracker</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Waiting for the customer to sign in</source>
        <translation>Esperando a que el cliente inicie sesión</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Expired without an answer</source>
        <translation>Caducada sin respuesta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); sign-in request states were not restored.</source>
        <translation>%1 está dañado (%2); no se restauró el estado de las solicitudes de inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::BrandPreset</name>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Sign in to continue</source>
        <translation>Inicie sesión para continuar</translation>
    </message>
    <message>
        <source>Verify it&apos;s you to see your account</source>
        <translation>Confirme que es usted para ver su cuenta</translation>
    </message>
    <message>
        <source>You&apos;re signed in</source>
        <translation>Ha iniciado sesión</translation>
    </message>
    <message>
        <source>Thanks for verifying</source>
        <translation>Gracias por verificarlo</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::IdentityVerifier</name>
    <message>
        <source>Token rejected by provider: it expired at %1.</source>
        <translation>El proveedor rechazó el token: caducó a las %1.</translation>
    </message>
    <message>
        <source>No identity provider is configured to verify the token.</source>
        <translation>No hay ningún proveedor de identidad configurado para verificar el token.</translation>
    </message>
    <message>
        <source>The identity provider could not be reached: %1</source>
        <translation>No se pudo acceder al proveedor de identidad: %1</translation>
    </message>
    <message>
        <source>Response could not be verified: the provider named no subject.</source>
        <translation>No se pudo verificar la respuesta: el proveedor no indicó ningún sujeto.</translation>
    </message>
    <message>
        <source>Response could not be verified: the token was issued by %1, not by %2.</source>
        <translation>No se pudo verificar la respuesta: el token lo emitió %1, no %2.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s introspection failed: %1</source>
        <translation>Falló la introspección del proveedor de identidad: %1</translation>
    </message>
    <message>
        <source>Token rejected by provider: it is not active.</source>
        <translation>El proveedor rechazó el token: no está activo.</translation>
    </message>
    <message>
        <source>Response could not be verified: userinfo and introspection disagree on the subject.</source>
        <translation>No se pudo verificar la respuesta: userinfo y la introspección no coinciden en el sujeto.</translation>
    </message>
    <message>
        <source>Token rejected by provider: it does not know this token (expired, revoked, or forgotten by a provider that restarted). Ask the customer to sign in again.</source>
        <translation>Token rechazado por el proveedor: no conoce este token (caducado, revocado u olvidado por un proveedor que se reinició). Pida al cliente que vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::SignInCapabilities</name>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>iOS %1</source>
        <translation>iOS %1</translation>
    </message>
    <message>
        <source>%1 cannot sign in: Apple authentication needs iOS 12 or later.</source>
        <translation>%1 no puede iniciar sesión: la autenticación de Apple necesita iOS 12 o posterior.</translation>
    </message>
    <message>
        <source>The device did not report its iOS version, so sign-in support is unknown.</source>
        <translation>El dispositivo no informó de su versión de iOS, así que no se sabe si admite el inicio de sesión.</translation>
    </message>
    <message>
        <source>Web chat visitors sign in with the Sign in button on their chat page.</source>
        <translation>Los visitantes del chat web inician sesión con el botón «Iniciar sesión» de su página de chat.</translation>
    </message>
    <message>
        <source>Sign-in requests need Apple Messages for Business; this customer is on an unknown channel.</source>
        <translation>Las solicitudes de inicio de sesión necesitan Apple Messages for Business; este cliente está en un canal desconocido.</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::SignInService</name>
    <message>
        <source>The desk stopped before the request was sent.</source>
        <translation>La consola se detuvo antes de enviar la solicitud.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Elija primero una conversación.</translation>
    </message>
    <message>
        <source>The conversation is closed.</source>
        <translation>La conversación está cerrada.</translation>
    </message>
    <message>
        <source>Accept the conversation before asking the customer to sign in.</source>
        <translation>Acepte la conversación antes de pedir al cliente que inicie sesión.</translation>
    </message>
    <message>
        <source>Sign-in requests need the system keychain: %1</source>
        <translation>Las solicitudes de inicio de sesión necesitan el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>A sign-in request sent at %1 is still waiting for the customer. Resend or cancel it.</source>
        <translation>Una solicitud de inicio de sesión enviada a las %1 sigue esperando al cliente. Reenvíela o cancélela.</translation>
    </message>
    <message>
        <source>The conversation is gone.</source>
        <translation>La conversación ya no existe.</translation>
    </message>
    <message>
        <source>There is no waiting request to send again.</source>
        <translation>No hay ninguna solicitud en espera que reenviar.</translation>
    </message>
</context>
<context>
    <name>Signet::CertificatePin</name>
    <message>
        <source>A certificate fingerprint is 32 bytes of SHA-256 in hex, like SHA256:AB:CD:… (64 hex digits); this is not one.</source>
        <translation>Una huella de certificado son 32 bytes de SHA-256 en hexadecimal, como SHA256:AB:CD:… (64 dígitos hexadecimales); esto no lo es.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>El certificado de %1 no es de confianza (%2).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Its fingerprint is %1: if whoever runs the server confirms it, enter it as the certificate fingerprint in File → Connect to Server.</source>
        <translation>Su huella es %1: si quien administra el servidor la confirma, introdúzcala como huella del certificado en Archivo → Conectar con un servidor.</translation>
    </message>
    <message>
        <source>%1 showed a different certificate (%2) from the pinned one (%3); the connection was refused. If the server&apos;s certificate was replaced, check the new fingerprint with whoever runs it.</source>
        <translation>%1 presentó un certificado (%2) distinto del fijado (%3); se rechazó la conexión. Si se sustituyó el certificado del servidor, compruebe la nueva huella con quien lo administra.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>Signet::ConversationListModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>%1 — can be asked to sign in</source>
        <translation>%1 — se le puede pedir que inicie sesión</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>iPad</source>
        <translation>iPad</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
</context>
<context>
    <name>Signet::Crypto::AppleTokenCipher</name>
    <message>
        <source>The token is empty.</source>
        <translation>El token está vacío.</translation>
    </message>
    <message>
        <source>The token is far larger than any real token and was not decoded.</source>
        <translation>El token es mucho mayor que cualquier token real y no se decodificó.</translation>
    </message>
    <message>
        <source>The token is not valid Base64.</source>
        <translation>El token no es Base64 válido.</translation>
    </message>
    <message>
        <source>The token is too short to hold an ephemeral key, ciphertext and tag (truncated?).</source>
        <translation>El token es demasiado corto para contener una clave efímera, el texto cifrado y la etiqueta (¿truncado?).</translation>
    </message>
    <message>
        <source>The token does not start with an uncompressed elliptic-curve point: it was tampered with or damaged.</source>
        <translation>El token no empieza por un punto de curva elíptica sin comprimir: se manipuló o está dañado.</translation>
    </message>
    <message>
        <source>The token&apos;s ephemeral key is not a point on the curve: it was tampered with or damaged.</source>
        <translation>La clave efímera del token no es un punto de la curva: se manipuló o está dañado.</translation>
    </message>
    <message>
        <source>The token was encrypted for a key on another curve than this key&apos;s.</source>
        <translation>El token se cifró para una clave de otra curva distinta de la de esta clave.</translation>
    </message>
    <message>
        <source>The token failed its integrity check: it was tampered with or encrypted to another key.</source>
        <translation>El token no superó la comprobación de integridad: se manipuló o se cifró para otra clave.</translation>
    </message>
    <message>
        <source>The decrypted token is not UTF-8 text.</source>
        <translation>El token descifrado no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The encryption key is not the Base64 of an uncompressed P-384 or P-256 point.</source>
        <translation>La clave de cifrado no es el Base64 de un punto P-384 o P-256 sin comprimir.</translation>
    </message>
    <message>
        <source>The cryptography library failed unexpectedly.</source>
        <translation>La biblioteca de criptografía falló de forma inesperada.</translation>
    </message>
</context>
<context>
    <name>Signet::DeskSession</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Going online</source>
        <translation>Conectándose</translation>
    </message>
    <message>
        <source>Subscribing to routing</source>
        <translation>Suscripción al enrutamiento</translation>
    </message>
    <message>
        <source>Subscribing to conversations failed: %1</source>
        <translation>Falló la suscripción a las conversaciones: %1</translation>
    </message>
    <message>
        <source>Could not accept the conversation: %1</source>
        <translation>No se pudo aceptar la conversación: %1</translation>
    </message>
    <message>
        <source>Could not join the conversation: %1</source>
        <translation>No se pudo unir a la conversación: %1</translation>
    </message>
    <message>
        <source>Could not leave the conversation: %1</source>
        <translation>No se pudo salir de la conversación: %1</translation>
    </message>
    <message>
        <source>Could not close the conversation: %1</source>
        <translation>No se pudo cerrar la conversación: %1</translation>
    </message>
    <message>
        <source>Could not transfer the conversation: %1</source>
        <translation>No se pudo transferir la conversación: %1</translation>
    </message>
    <message>
        <source>Not signed in to a server: the message was not sent.</source>
        <translation>No ha iniciado sesión en un servidor: el mensaje no se envió.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Sin conexión con el servidor.</translation>
    </message>
    <message>
        <source>No such conversation.</source>
        <translation>No existe esa conversación.</translation>
    </message>
    <message>
        <source>%1 What you sent is kept only while the desk runs.</source>
        <translation>%1 Lo que envíe solo se conserva mientras la consola esté abierta.</translation>
    </message>
    <message>
        <source>it expired before the desk could send it</source>
        <translation>caducó antes de que la consola pudiera enviarla</translation>
    </message>
    <message>
        <source>the server did not confirm it</source>
        <translation>el servidor no la confirmó</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>A message you wrote while offline was not sent: %1 (“%2”)</source>
        <translation>Un mensaje escrito sin conexión no se envió: %1 («%2»)</translation>
    </message>
    <message>
        <source>The hub did not record the verified identity: %1</source>
        <translation>El hub no registró la identidad verificada: %1</translation>
    </message>
</context>
<context>
    <name>Signet::HistoryModel</name>
    <message>
        <source>Apple Messages</source>
        <translation>Apple Messages</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Chat web</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Otro canal</translation>
    </message>
</context>
<context>
    <name>Signet::KeyRing</name>
    <message>
        <source>The key ring is not open.</source>
        <translation>El llavero de claves no está abierto.</translation>
    </message>
    <message>
        <source>The key ring&apos;s index in the keychain is damaged or from a newer Signet.</source>
        <translation>El índice del llavero de claves en el llavero del sistema está dañado o es de un Signet más reciente.</translation>
    </message>
    <message>
        <source>The key ring&apos;s index in the keychain has a damaged entry.</source>
        <translation>El índice del llavero de claves en el llavero del sistema tiene una entrada dañada.</translation>
    </message>
    <message>
        <source>The request identifier is empty or already has a key.</source>
        <translation>El identificador de la solicitud está vacío o ya tiene una clave.</translation>
    </message>
    <message>
        <source>No key %1 in the key ring.</source>
        <translation>No hay ninguna clave %1 en el llavero de claves.</translation>
    </message>
    <message>
        <source>The key in the keychain does not match the key ring&apos;s record of it.</source>
        <translation>La clave del llavero del sistema no coincide con la registrada en el llavero de claves.</translation>
    </message>
    <message>
        <source>No key is waiting for an answer to request %1 (unknown, answered or expired).</source>
        <translation>Ninguna clave espera respuesta a la solicitud %1 (desconocida, respondida o caducada).</translation>
    </message>
    <message>
        <source>Brand key %1 is already active; use rotate to replace it.</source>
        <translation>La clave de marca %1 ya está activa; sustitúyala con rotate.</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in request(s) still wait for answers encrypted to this key; deleting it would make them undecryptable. Use --force to delete it anyway.</source>
        <translation>
            <numerusform>%n solicitud de inicio de sesión aún espera respuestas cifradas para esta clave; borrarla las haría indescifrables. Use --force para borrarla igualmente.</numerusform>
            <numerusform>%n solicitudes de inicio de sesión aún esperan respuestas cifradas para esta clave; borrarla las haría indescifrables. Use --force para borrarla igualmente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signet::KeychainSecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>El llavero no tiene esa entrada.</translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted: %1</source>
        <translation>No se pudo borrar la entrada del llavero: %1</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keyring and allow Signet to use it.</source>
        <translation>Se denegó el acceso al llavero. Desbloquee su llavero y permita que Signet lo use.</translation>
    </message>
    <message>
        <source>No keychain is available: install and unlock GNOME Keyring or KWallet (a Secret Service provider), then try again.</source>
        <translation>No hay ningún llavero disponible: instale y desbloquee GNOME Keyring o KWallet (un proveedor de Secret Service) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This system&apos;s keychain does not support the operation.</source>
        <translation>El llavero de este sistema no admite la operación.</translation>
    </message>
    <message>
        <source>The keychain is locked: unlock your keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>El llavero está bloqueado: desbloquéelo (GNOME Keyring o KWallet) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>Signet::MessageListModel</name>
    <message>
        <source>[Rich content]</source>
        <translation>[Contenido enriquecido]</translation>
    </message>
</context>
<context>
    <name>Signet::Outbox</name>
    <message>
        <source>Cannot read the outbox %1: %2</source>
        <translation>No se puede leer la bandeja de salida %1: %2</translation>
    </message>
    <message>
        <source>The outbox %1 is damaged and could not be moved aside; it is left as it is, and what you send now is kept only while the desk runs.</source>
        <translation>La bandeja de salida %1 está dañada y no se pudo apartar; se deja como está, y lo que envíe ahora solo se conserva mientras la consola esté abierta.</translation>
    </message>
    <message>
        <source>The outbox %1 was damaged; %2 waiting items were read and the file was kept as %3.</source>
        <translation>La bandeja de salida %1 estaba dañada; se leyeron %2 elementos pendientes y el archivo se conservó como %3.</translation>
    </message>
    <message>
        <source>Cannot write the outbox %1: %2</source>
        <translation>No se puede escribir la bandeja de salida %1: %2</translation>
    </message>
</context>
<context>
    <name>Signet::SingleInstance</name>
    <message>
        <source>Cannot create %1 to check for a running Signet.</source>
        <translation>No se puede crear %1 para comprobar si Signet ya está en marcha.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>Another Signet holds %1 but does not answer.</source>
        <translation>Otro Signet tiene %1 pero no responde.</translation>
    </message>
    <message>
        <source>The running Signet did not take the request.</source>
        <translation>El Signet en marcha no aceptó la solicitud.</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::AppearancePage</name>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>A new language applies when Signet starts again.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Signet.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>The colours of the desk; applied at once</source>
        <translation>Los colores de la consola; se aplican al instante</translation>
    </message>
    <message>
        <source>The language of the desk; applied when Signet starts again</source>
        <translation>El idioma de la consola; se aplica la próxima vez que se inicie Signet</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::AppleBubblePainter</name>
    <message>
        <source>Authentication failed</source>
        <translation>Error de autenticación</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MENSAJES</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::AuthBubbleComposer</name>
    <message>
        <source>Ask %1 to sign in</source>
        <translation>Pedir a %1 que inicie sesión</translation>
    </message>
    <message>
        <source>Brand preset</source>
        <translation>Plantilla de marca</translation>
    </message>
    <message>
        <source>Save as Preset…</source>
        <translation>Guardar como plantilla…</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Light appearance</source>
        <translation>Apariencia clara</translation>
    </message>
    <message>
        <source>Dark appearance</source>
        <translation>Apariencia oscura</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Before signing in (received bubble)</source>
        <translation>Antes de iniciar sesión (burbuja recibida)</translation>
    </message>
    <message>
        <source>After signing in (reply bubble)</source>
        <translation>Después de iniciar sesión (burbuja de respuesta)</translation>
    </message>
    <message>
        <source>Your brand</source>
        <translation>Su marca</translation>
    </message>
    <message>
        <source>Save Preview as PNG…</source>
        <translation>Guardar la vista previa como PNG…</translation>
    </message>
    <message>
        <source>&amp;Send Request</source>
        <translation>&amp;Enviar solicitud</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminada)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Icon — 280×65 pt, 40×40 image beside the text</source>
        <translation>Icono — 280×65 pt, imagen de 40×40 junto al texto</translation>
    </message>
    <message>
        <source>Small — 280×85 pt, 60×60 image beside the text</source>
        <translation>Pequeño — 280×85 pt, imagen de 60×60 junto al texto</translation>
    </message>
    <message>
        <source>Large — 280×210 pt, 263×150 image on top</source>
        <translation>Grande — 280×210 pt, imagen de 263×150 arriba</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>URL de la imagen</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>Loading the image… the preview shows a placeholder meanwhile.</source>
        <translation>Cargando la imagen… mientras tanto la vista previa muestra un marcador.</translation>
    </message>
    <message>
        <source>%1×%2 px; Apple recommends %3×%4 px for this style.</source>
        <translation>%1×%2 px; Apple recomienda %3×%4 px para este estilo.</translation>
    </message>
    <message>
        <source>%1×%2 px</source>
        <translation>%1×%2 px</translation>
    </message>
    <message>
        <source>Messages shows the received bubble&apos;s image in the reply, not this one.</source>
        <translation>Mensajes muestra en la respuesta la imagen de la burbuja recibida, no esta.</translation>
    </message>
    <message>
        <source>Send the request to the customer</source>
        <translation>Enviar la solicitud al cliente</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Save Preview as PNG</source>
        <translation>Guardar la vista previa como PNG</translation>
    </message>
    <message>
        <source>sign-in-preview.png</source>
        <translation>vista-previa-inicio-sesion.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Fills the bubbles from a saved preset</source>
        <translation>Rellena las burbujas a partir de una plantilla guardada</translation>
    </message>
    <message>
        <source>Save these bubbles as a preset</source>
        <translation>Guardar estas burbujas como plantilla</translation>
    </message>
    <message>
        <source>Open the composer with this preset from now on</source>
        <translation>Abrir el compositor con esta plantilla a partir de ahora</translation>
    </message>
    <message>
        <source>Preview the iPhone in its light or dark appearance</source>
        <translation>Ver el iPhone con apariencia clara u oscura</translation>
    </message>
    <message>
        <source>Save the preview of every state as an image</source>
        <translation>Guardar la vista previa de cada estado como imagen</translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>Cerrar sin enviar</translation>
    </message>
    <message>
        <source>The second line of the bubble (optional)</source>
        <translation>La segunda línea de la burbuja (opcional)</translation>
    </message>
    <message>
        <source>The size of the bubble and of its image</source>
        <translation>El tamaño de la burbuja y de su imagen</translation>
    </message>
    <message>
        <source>The list is set in %1.</source>
        <translation>La lista se define en %1.</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::BubbleDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Private note · %1</source>
        <translation>Nota interna · %1</translation>
    </message>
    <message>
        <source>Supervisor %1</source>
        <translation>Supervisor %1</translation>
    </message>
    <message>
        <source>Sign-in request: %1</source>
        <translation>Solicitud de inicio de sesión: %1</translation>
    </message>
    <message>
        <source>sent from another desk</source>
        <translation>enviado desde otra consola</translation>
    </message>
    <message>
        <source>Sign-in not accepted: %1</source>
        <translation>Inicio de sesión no aceptado: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::BubbleLayout</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::BubblePreview</name>
    <message>
        <source>Your brand</source>
        <translation>Su marca</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Image failed to load</source>
        <translation>No se pudo cargar la imagen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The %1 title is cut on the iPhone: “%2”</source>
        <translation>El título de la burbuja %1 se corta en el iPhone: «%2»</translation>
    </message>
    <message>
        <source>The %1 subtitle is cut on the iPhone: “%2”</source>
        <translation>El subtítulo de la burbuja %1 se corta en el iPhone: «%2»</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>de respuesta</translation>
    </message>
    <message>
        <source>Before signing in</source>
        <translation>Antes de iniciar sesión</translation>
    </message>
    <message>
        <source>After signing in</source>
        <translation>Después de iniciar sesión</translation>
    </message>
    <message>
        <source>If sign-in fails</source>
        <translation>Si falla el inicio de sesión</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Pantalla bloqueada</translation>
    </message>
    <message>
        <source>In your transcript</source>
        <translation>En su transcripción</translation>
    </message>
    <message>
        <source>Not on the allow-list</source>
        <translation>No permitida</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::CannedResponses</name>
    <message>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>/%1 — %2 (%3)</source>
        <translation>/%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>suya</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>there</source>
        <translation>de nuevo</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::CannedResponsesPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Your canned responses</source>
        <translation>Sus respuestas predefinidas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Type “/” and a few letters of a title in the message box to insert one. {customer} becomes the customer&apos;s first name, {agent} your name.</source>
        <translation>Escriba «/» y unas letras de un título en el cuadro de mensaje para insertar una. {customer} se convierte en el nombre del cliente, {agent} en su nombre.</translation>
    </message>
    <message>
        <source>new-response</source>
        <translation>respuesta-nueva</translation>
    </message>
    <message>
        <source>Row %1: a title is one word of at most 40 characters (it follows “/”).</source>
        <translation>Fila %1: un título es una sola palabra de 40 caracteres como máximo (va después de «/»).</translation>
    </message>
    <message>
        <source>Row %1 (%2): write the response&apos;s text.</source>
        <translation>Fila %1 (%2): escriba el texto de la respuesta.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the text is longer than 2000 characters.</source>
        <translation>Fila %1 (%2): el texto supera los 2000 caracteres.</translation>
    </message>
    <message>
        <source>There are two responses titled “%1”.</source>
        <translation>Hay dos respuestas con el título «%1».</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>A title you type after “/”, and its text</source>
        <translation>Un título que se escribe tras «/», y su texto</translation>
    </message>
    <message>
        <source>Add a response</source>
        <translation>Añadir una respuesta</translation>
    </message>
    <message>
        <source>Remove the chosen response</source>
        <translation>Quitar la respuesta elegida</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::CloseDialog</name>
    <message>
        <source>Close the conversation with %1</source>
        <translation>Cerrar la conversación con %1</translation>
    </message>
    <message>
        <source>&amp;Close Conversation</source>
        <translation>&amp;Cerrar la conversación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: anything the next person should know</source>
        <translation>Opcional: lo que debería saber la siguiente persona</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>¿Cómo terminó?</translation>
    </message>
    <message>
        <source>Close the conversation with %1?</source>
        <translation>¿Cerrar la conversación con %1?</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Choose how the conversation ended first.</source>
        <translation>Elija primero cómo terminó la conversación.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La nota supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>Kept with the conversation for whoever reads it later</source>
        <translation>Se guarda con la conversación para quien la lea más tarde</translation>
    </message>
    <message>
        <source>Keep the conversation open</source>
        <translation>Dejar la conversación abierta</translation>
    </message>
    <message>
        <source>How the conversation ended; kept with it and in the audit log</source>
        <translation>Cómo terminó la conversación; se guarda con ella y en el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ComposerEdit</name>
    <message>
        <source>Write a message — Enter sends, Shift+Enter starts a new line</source>
        <translation>Escriba un mensaje: Intro envía, Mayús+Intro empieza una línea nueva</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ConnectDialog</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Conectar con un servidor</translation>
    </message>
    <message>
        <source>Optional: SHA256:AB:CD:… for a self-signed server</source>
        <translation>Opcional: SHA256:AB:CD:… para un servidor autofirmado</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (what signet-hub prints at start), even one no certificate authority vouches for; any other certificate is then refused.</source>
        <translation>Confiar exactamente en este certificado (el que muestra signet-hub al arrancar), aunque ninguna autoridad de certificación lo avale; cualquier otro certificado se rechaza.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>&amp;Saved server</source>
        <translation>&amp;Servidor guardado</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>&amp;URL del servidor</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>&amp;Huella del certificado</translation>
    </message>
    <message>
        <source>(type the address below)</source>
        <translation>(escriba la dirección abajo)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Introduzca la dirección del servidor.</translation>
    </message>
    <message>
        <source>The address must look like https://hub.example.com:8443</source>
        <translation>La dirección debe tener la forma https://hub.example.com:8443</translation>
    </message>
    <message>
        <source>Use https:// — unencrypted connections are only allowed to this computer.</source>
        <translation>Use https://: las conexiones sin cifrar solo se permiten a este equipo.</translation>
    </message>
    <message>
        <source>Enter the account (signet for a signet-hub).</source>
        <translation>Introduzca la cuenta (signet para un signet-hub).</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>A certificate fingerprint needs an https:// address.</source>
        <translation>Una huella de certificado necesita una dirección https://.</translation>
    </message>
    <message>
        <source>Connect to the server with these details</source>
        <translation>Conectar con el servidor con estos datos</translation>
    </message>
    <message>
        <source>Close without connecting</source>
        <translation>Cerrar sin conectar</translation>
    </message>
    <message>
        <source>Your user name on that server</source>
        <translation>Su nombre de usuario en ese servidor</translation>
    </message>
    <message>
        <source>Your password; kept in the keychain only if you ask</source>
        <translation>Su contraseña; solo se guarda en el llavero si lo pide</translation>
    </message>
    <message>
        <source>The next start connects without asking</source>
        <translation>El próximo inicio se conecta sin preguntar</translation>
    </message>
    <message>
        <source>Connect &amp;to</source>
        <translation>Conectar &amp;con</translation>
    </message>
    <message>
        <source>&amp;Account ID</source>
        <translation>Identificador de &amp;cuenta</translation>
    </message>
    <message>
        <source>%1 — account %2 at %3</source>
        <translation>%1 — cuenta %2 en %3</translation>
    </message>
    <message>
        <source>Connecting to %1 and signing in…</source>
        <translation>Conectando con %1 e iniciando sesión…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>No se pudo conectar: %1</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ConversationDelegate</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>Esperando a un agente</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>escribiendo…</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::CustomerPanel</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>None sent</source>
        <translation>Ninguna enviada</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>en %n s</numerusform>
            <numerusform>en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>en %n min</numerusform>
            <numerusform>en %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>en %1 h %2 min</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-in expired&lt;/b&gt; — %1 was verified until %2. Ask again to continue.</source>
        <translation>&lt;b&gt;Inicio de sesión caducado&lt;/b&gt;: %1 estuvo verificado hasta %2. Vuelva a pedirlo para continuar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authenticated as %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Autenticado como %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Subject %1 · issuer %2</source>
        <translation>Sujeto %1 · emisor %2</translation>
    </message>
    <message>
        <source>Verified at %1 · expires %2</source>
        <translation>Verificado a las %1 · caduca %2</translation>
    </message>
    <message>
        <source>Verified at %1 · expiry not stated by the provider</source>
        <translation>Verificado a las %1 · el proveedor no indicó la caducidad</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Ninguna conversación seleccionada</translation>
    </message>
    <message>
        <source>Apple Messages for Business</source>
        <translation>Apple Messages for Business</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Chat web</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Sign-in supported</source>
        <translation>Admite inicio de sesión</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>Esperando a un agente</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Asignada a usted</translation>
    </message>
    <message>
        <source>Assigned to another agent</source>
        <translation>Asignada a otro agente</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <source>&amp;Ask Again…</source>
        <translation>&amp;Volver a pedir…</translation>
    </message>
    <message>
        <source>Send the customer a new sign-in request</source>
        <translation>Enviar al cliente una nueva solicitud de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::DeskApp</name>
    <message>
        <source>Conversation %1 is not on this desk (it may belong to another agent).</source>
        <translation>La conversación %1 no está en esta consola (quizá pertenezca a otro agente).</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Elija primero una conversación.</translation>
    </message>
    <message>
        <source>Playing the customer works with the built-in demo hub (File → Use the Demo Hub).</source>
        <translation>Hacer de cliente funciona con el hub de demostración integrado (Archivo → Usar el hub de demostración).</translation>
    </message>
    <message>
        <source>Demo hub</source>
        <translation>Hub de demostración</translation>
    </message>
    <message>
        <source>Sign-in requests are unavailable: %1</source>
        <translation>Las solicitudes de inicio de sesión no están disponibles: %1</translation>
    </message>
    <message>
        <source>Signet</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>The built-in demo hub could not start:
%1</source>
        <translation>No se pudo iniciar el hub de demostración integrado:
%1</translation>
    </message>
    <message>
        <source>Priya (demo supervisor)</source>
        <translation>Priya (supervisora de demostración)</translation>
    </message>
    <message>
        <source>Alex (demo agent)</source>
        <translation>Alex (agente de demostración)</translation>
    </message>
    <message>
        <source>The identity provider must be reached over https://: %1</source>
        <translation>Al proveedor de identidad hay que acceder por https://: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s client secret could not be read: %1</source>
        <translation>No se pudo leer el secreto de cliente del proveedor de identidad: %1</translation>
    </message>
    <message>
        <source>The saved password could not be read: %1</source>
        <translation>No se pudo leer la contraseña guardada: %1</translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>No se recordó la contraseña: %1</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 está verificado.</translation>
    </message>
    <message>
        <source>The demo conversations did not arrive in time.</source>
        <translation>Las conversaciones de demostración no llegaron a tiempo.</translation>
    </message>
    <message>
        <source>Hi Maya, I&apos;m sorry about that. Let me look into order #4417 for you.</source>
        <translation>Hola, Maya, lo siento mucho. Voy a revisar el pedido n.º 4417.</translation>
    </message>
    <message>
        <source>The demo customer did not answer in time.</source>
        <translation>La clienta de demostración no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>A sign-in request is not possible: %1</source>
        <translation>No es posible una solicitud de inicio de sesión: %1</translation>
    </message>
    <message>
        <source>no key ring</source>
        <translation>no hay llavero de claves</translation>
    </message>
    <message>
        <source>The demo customer did not sign in: %1</source>
        <translation>La clienta de demostración no inició sesión: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>The customer&apos;s history did not load.</source>
        <translation>No se cargó el historial del cliente.</translation>
    </message>
    <message>
        <source>The earlier conversation did not open.</source>
        <translation>No se abrió la conversación anterior.</translation>
    </message>
    <message>
        <source>The supervisor&apos;s live view did not load in time.</source>
        <translation>La vista en directo del supervisor no se cargó a tiempo.</translation>
    </message>
    <message>
        <source>Maya is a gold customer: the duplicate charge can be refunded today.</source>
        <translation>Maya es clienta oro: el cargo duplicado puede reembolsarse hoy.</translation>
    </message>
    <message>
        <source>Cannot open the link: %1</source>
        <translation>No se puede abrir el enlace: %1</translation>
    </message>
    <message>
        <source>The new language applies when Signet starts again.</source>
        <translation>El idioma nuevo se aplica la próxima vez que se inicie Signet.</translation>
    </message>
    <message>
        <source>the server did not answer.</source>
        <translation>el servidor no respondió.</translation>
    </message>
    <message>
        <source>Preferences → Sign-in requests → Image hosts</source>
        <translation>Preferencias → Solicitudes de inicio de sesión → Hosts de imágenes</translation>
    </message>
    <message>
        <source>the team file on the hub (imageHosts), which its administrator keeps</source>
        <translation>el archivo del equipo en el hub (imageHosts), que mantiene su administrador</translation>
    </message>
    <message numerus="yes">
        <source>%n demo customers are waiting</source>
        <translation>
            <numerusform>%n cliente de demostración espera</numerusform>
            <numerusform>%n clientes de demostración esperan</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted the conversation with %1</source>
        <translation>Conversación con %1 aceptada</translation>
    </message>
    <message>
        <source>Replied; the customer answered</source>
        <translation>Respuesta enviada; la clienta respondió</translation>
    </message>
    <message>
        <source>Asking the customer to sign in</source>
        <translation>Se pide a la clienta que inicie sesión</translation>
    </message>
    <message>
        <source>The customer signed in: authenticated as %1, checked with the identity provider</source>
        <translation>La clienta inició sesión: autenticada como %1, comprobado con el proveedor de identidad</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::DesktopAttention</name>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation>&amp;Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Show Message &amp;Text in Notifications</source>
        <translation>Mostrar el &amp;texto en las notificaciones</translation>
    </message>
    <message>
        <source>Notification &amp;Sound</source>
        <translation>&amp;Sonido de las notificaciones</translation>
    </message>
    <message>
        <source>Icon in the System &amp;Tray</source>
        <translation>Icono en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <source>Signet (%1)</source>
        <translation>Signet (%1)</translation>
    </message>
    <message>
        <source>Signet</source>
        <translation>Signet</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::FreedesktopNotifier</name>
    <message>
        <source>A customer is waiting for an agent.</source>
        <translation>Un cliente espera a un agente.</translation>
    </message>
    <message>
        <source>Open Signet to read it.</source>
        <translation>Abra Signet para leerlo.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::HistoryDelegate</name>
    <message>
        <source>✓ verified</source>
        <translation>✓ verificado</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Ningún agente</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signet::Ui::HistoryPanel</name>
    <message>
        <source>&amp;Open Transcript</source>
        <translation>&amp;Abrir la transcripción</translation>
    </message>
    <message>
        <source>Once the customer signs in, their conversations on every channel appear here.</source>
        <translation>En cuanto el cliente inicie sesión, aquí aparecerán sus conversaciones en todos los canales.</translation>
    </message>
    <message>
        <source>Loading %1&apos;s history…</source>
        <translation>Cargando el historial de %1…</translation>
    </message>
    <message>
        <source>No earlier conversations with %1.</source>
        <translation>No hay conversaciones anteriores con %1.</translation>
    </message>
    <message>
        <source>1 earlier conversation with %1, on every channel:</source>
        <translation>1 conversación anterior con %1, en todos los canales:</translation>
    </message>
    <message>
        <source>%1 earlier conversations with %2, on every channel:</source>
        <translation>%1 conversaciones anteriores con %2, en todos los canales:</translation>
    </message>
    <message>
        <source>Open the chosen earlier conversation beside this one</source>
        <translation>Abrir la conversación anterior elegida junto a esta</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::IdentityPage</name>
    <message>
        <source>Optional: …/introspect, for the sign-in&apos;s expiry</source>
        <translation>Opcional: …/introspect, para la caducidad del inicio de sesión</translation>
    </message>
    <message>
        <source>Type to replace the stored secret</source>
        <translation>Escriba para sustituir el secreto guardado</translation>
    </message>
    <message>
        <source>The built-in demo hub is its own identity provider; these settings are for desks on a team&apos;s hub, whose customers sign in with the brand&apos;s provider.</source>
        <translation>El hub de demostración integrado es su propio proveedor de identidad; estos ajustes son para consolas conectadas al hub de un equipo, cuyos clientes inician sesión con el proveedor de la marca.</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>&amp;Emisor</translation>
    </message>
    <message>
        <source>&amp;Userinfo URL</source>
        <translation>URL de &amp;userinfo</translation>
    </message>
    <message>
        <source>I&amp;ntrospection URL</source>
        <translation>URL de i&amp;ntrospección</translation>
    </message>
    <message>
        <source>&amp;Client id</source>
        <translation>ID de &amp;cliente</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>&amp;Secreto de cliente</translation>
    </message>
    <message>
        <source>The secret, when set, is kept in the system keychain.</source>
        <translation>El secreto, si se define, se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>Userinfo URL: %1</source>
        <translation>URL de userinfo: %1</translation>
    </message>
    <message>
        <source>Introspection URL: %1</source>
        <translation>URL de introspección: %1</translation>
    </message>
    <message>
        <source>Enter the issuer too: tokens are checked against it.</source>
        <translation>Introduzca también el emisor: los tokens se comprueban con él.</translation>
    </message>
    <message>
        <source>Introspection needs the desk&apos;s client id.</source>
        <translation>La introspección necesita el ID de cliente de la consola.</translation>
    </message>
    <message>
        <source>The new secret is in the system keychain.</source>
        <translation>El secreto nuevo está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The secret was not saved: %1</source>
        <translation>No se guardó el secreto: %1</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Proveedor de identidad</translation>
    </message>
    <message>
        <source>The desk&apos;s client id at the provider, for introspection</source>
        <translation>El ID de cliente de la consola en el proveedor, para la introspección</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::LiveFilterBar</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Autenticado</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Apple Messages</source>
        <translation>Apple Messages</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Chat web</translation>
    </message>
    <message>
        <source>Any wait</source>
        <translation>Cualquier espera</translation>
    </message>
    <message>
        <source>Waiting 1 min+</source>
        <translation>Espera 1 min o más</translation>
    </message>
    <message>
        <source>Waiting 5 min+</source>
        <translation>Espera 5 min o más</translation>
    </message>
    <message>
        <source>Waiting 15 min+</source>
        <translation>Espera 15 min o más</translation>
    </message>
    <message>
        <source>Any sign-in</source>
        <translation>Cualquier inicio de sesión</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Sin autenticar</translation>
    </message>
    <message>
        <source>Sign-in expired</source>
        <translation>Inicio de sesión caducado</translation>
    </message>
    <message>
        <source>Show one channel&apos;s conversations</source>
        <translation>Mostrar las conversaciones de un canal</translation>
    </message>
    <message>
        <source>Show the conversations one agent handles, or those waiting for one</source>
        <translation>Mostrar las conversaciones de un agente, o las que esperan a uno</translation>
    </message>
    <message>
        <source>Show the conversations of one skill</source>
        <translation>Mostrar las conversaciones de una habilidad</translation>
    </message>
    <message>
        <source>Show customers who have waited at least this long for an answer</source>
        <translation>Mostrar los clientes que esperan respuesta al menos este tiempo</translation>
    </message>
    <message>
        <source>Show customers by whether they proved who they are</source>
        <translation>Mostrar los clientes según hayan probado o no quiénes son</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>Esperando a un agente</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Todas las habilidades</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostradas</translation>
    </message>
    <message>
        <source>All %1 shown</source>
        <translation>Las %1 mostradas</translation>
    </message>
    <message>
        <source>Show every conversation again</source>
        <translation>Volver a mostrar todas las conversaciones</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::MainWindow</name>
    <message>
        <source>Signet</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.
New customers ring here as they arrive.</source>
        <translation>Elija una conversación a la izquierda.
Los clientes nuevos suenan aquí en cuanto llegan.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Request &amp;Sign-in…</source>
        <translation>Pedir &amp;inicio de sesión…</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Cancel &amp;Request</source>
        <translation>Cancelar la &amp;solicitud</translation>
    </message>
    <message>
        <source>Sign-in request not sent: %1</source>
        <translation>No se envió la solicitud de inicio de sesión: %1</translation>
    </message>
    <message>
        <source>&amp;Join as Manager</source>
        <translation>&amp;Unirse como responsable</translation>
    </message>
    <message>
        <source>Join the conversation so that you can write to the customer</source>
        <translation>Unirse a la conversación para poder escribir al cliente</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Leave the conversation and go back to monitoring it</source>
        <translation>Salir de la conversación y volver a supervisarla</translation>
    </message>
    <message>
        <source>Private &amp;Note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <source>Close the earlier conversation</source>
        <translation>Cerrar la conversación anterior</translation>
    </message>
    <message>
        <source>Earlier conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>Cl&amp;iente</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar con un servidor…</translation>
    </message>
    <message>
        <source>Use the &amp;Demo Hub</source>
        <translation>Usar el hub de &amp;demostración</translation>
    </message>
    <message>
        <source>Use the Demo Hub as &amp;Supervisor</source>
        <translation>Usar el hub de demostración como &amp;supervisor</translation>
    </message>
    <message>
        <source>Try the supervisor&apos;s live view and transcript review on the built-in demo hub</source>
        <translation>Probar la vista en directo y la revisión de transcripciones del supervisor en el hub de demostración integrado</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>&amp;Close Conversation…</source>
        <translation>&amp;Cerrar la conversación…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>Conversación &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Leave Conversation</source>
        <translation>Sa&amp;lir de la conversación</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Transcripts…</source>
        <translation>&amp;Transcripciones…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Play the Customer…</source>
        <translation>&amp;Hacer de cliente…</translation>
    </message>
    <message>
        <source>Open the current customer&apos;s side of the chat in your browser (built-in demo hub)</source>
        <translation>Abrir en el navegador el lado del cliente de la conversación actual (hub de demostración integrado)</translation>
    </message>
    <message>
        <source>&amp;About Signet</source>
        <translation>&amp;Acerca de Signet</translation>
    </message>
    <message>
        <source>About Signet</source>
        <translation>Acerca de Signet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signet %1&lt;/h3&gt;&lt;p&gt;The agent desk for authenticated conversations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Signet %1&lt;/h3&gt;&lt;p&gt;La consola de agente para conversaciones autenticadas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Private note from %1 about %2: %3</source>
        <translation>Nota interna de %1 sobre %2: %3</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>un cliente</translation>
    </message>
    <message>
        <source>%1 is waiting. Accept the conversation to answer.</source>
        <translation>%1 está esperando. Acepte la conversación para responder.</translation>
    </message>
    <message>
        <source>You joined as manager: the customer sees what you send.</source>
        <translation>Se unió como responsable: el cliente ve lo que envía.</translation>
    </message>
    <message>
        <source>Monitoring: no agent has accepted yet. The customer does not see you, and nothing is marked read.</source>
        <translation>Supervisión: ningún agente ha aceptado todavía. El cliente no le ve y nada se marca como leído.</translation>
    </message>
    <message>
        <source>Monitoring: %1 and the customer do not see you, and nothing is marked read. Private notes reach %1 only.</source>
        <translation>Supervisión: ni %1 ni el cliente le ven y nada se marca como leído. Las notas internas solo llegan a %1.</translation>
    </message>
    <message>
        <source>Send &amp;Note</source>
        <translation>Enviar &amp;nota</translation>
    </message>
    <message>
        <source>Private note to the agent and supervisors; the customer never sees it</source>
        <translation>Nota interna para el agente y los supervisores; el cliente nunca la ve</translation>
    </message>
    <message>
        <source>This conversation is closed.</source>
        <translation>Esta conversación está cerrada.</translation>
    </message>
    <message>
        <source>Another agent is handling this conversation.</source>
        <translation>Otro agente atiende esta conversación.</translation>
    </message>
    <message>
        <source>You joined the conversation as manager.</source>
        <translation>Se unió a la conversación como responsable.</translation>
    </message>
    <message>
        <source>You left the conversation; you are monitoring it.</source>
        <translation>Salió de la conversación; ahora la supervisa.</translation>
    </message>
    <message>
        <source>Ask the customer to sign in (%1)</source>
        <translation>Pedir al cliente que inicie sesión (%1)</translation>
    </message>
    <message>
        <source>Sign-in is not available: %1</source>
        <translation>El inicio de sesión no está disponible: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s sign-in has expired. Ask them to sign in again to see their history.</source>
        <translation>El inicio de sesión del cliente caducó. Pídale que vuelva a iniciarla para ver su historial.</translation>
    </message>
    <message>
        <source>Once the customer signs in, their conversations on every channel appear here.</source>
        <translation>En cuanto el cliente inicie sesión, aquí aparecerán sus conversaciones en todos los canales.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>No se pudo cargar el historial: %1</translation>
    </message>
    <message>
        <source>The earlier conversation could not be opened: %1</source>
        <translation>No se pudo abrir la conversación anterior: %1</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Ningún agente</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>Sign-in request sent.</source>
        <translation>Solicitud de inicio de sesión enviada.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting to be sent</source>
        <translation>
            <numerusform> · %n pendiente de envío</numerusform>
            <numerusform> · %n pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>Search, review and export transcripts</source>
        <translation>Buscar, revisar y exportar transcripciones</translation>
    </message>
    <message>
        <source>For supervisors</source>
        <translation>Para supervisores</translation>
    </message>
    <message>
        <source>The conversation was transferred.</source>
        <translation>La conversación se transfirió.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>Your conversations and those waiting for an agent; offers and the longest waits first</source>
        <translation>Sus conversaciones y las que esperan a un agente; primero las ofertas y las esperas más largas</translation>
    </message>
    <message>
        <source>The messages of the conversation, oldest first</source>
        <translation>Los mensajes de la conversación, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>Take the conversation: the customer is then yours to answer</source>
        <translation>Tomar la conversación: desde entonces le toca responder al cliente</translation>
    </message>
    <message>
        <source>What you write to the customer, or to colleagues as a private note; / inserts a canned response</source>
        <translation>Lo que escribe al cliente, o a sus compañeros como nota interna; / inserta una respuesta predefinida</translation>
    </message>
    <message>
        <source>Send what is in the message box (Enter)</source>
        <translation>Enviar lo que hay en el cuadro de mensaje (Intro)</translation>
    </message>
    <message>
        <source>Send the same sign-in request again</source>
        <translation>Reenviar la misma solicitud de inicio de sesión</translation>
    </message>
    <message>
        <source>Withdraw the request: an answer to it will be refused</source>
        <translation>Retirar la solicitud: se rechazará cualquier respuesta a ella</translation>
    </message>
    <message>
        <source>An earlier conversation, read-only</source>
        <translation>Una conversación anterior, solo lectura</translation>
    </message>
    <message>
        <source>Who the customer is, their device and their sign-in</source>
        <translation>Quién es el cliente, su dispositivo y su inicio de sesión</translation>
    </message>
    <message>
        <source>The verified customer&apos;s earlier conversations on every channel</source>
        <translation>Las conversaciones anteriores del cliente verificado en todos los canales</translation>
    </message>
    <message>
        <source>The customer signed in on the chat page</source>
        <translation>El cliente inició sesión en la página de chat</translation>
    </message>
    <message>
        <source>Signed in (recorded by the hub)</source>
        <translation>Sesión iniciada (registrada por el hub)</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>Conversación &amp;anterior</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::NetworkImageLoader</name>
    <message>
        <source>Only https images are loaded.</source>
        <translation>Solo se cargan imágenes https.</translation>
    </message>
    <message>
        <source>The image could not be loaded: %1</source>
        <translation>No se pudo cargar la imagen: %1</translation>
    </message>
    <message>
        <source>The address did not return an image.</source>
        <translation>La dirección no devolvió una imagen.</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::NotificationsPage</name>
    <message>
        <source>Show desktop &amp;notifications</source>
        <translation>Mostrar &amp;notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Mostrar el &amp;texto de los mensajes en las notificaciones</translation>
    </message>
    <message>
        <source>Play the notification &amp;sound</source>
        <translation>Reproducir el &amp;sonido de las notificaciones</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Mostrar un icono en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <source>New conversations, and messages in conversations not on screen, through the desktop&apos;s notification service.</source>
        <translation>Conversaciones nuevas, y mensajes de conversaciones que no están en pantalla, mediante el servicio de notificaciones del escritorio.</translation>
    </message>
    <message>
        <source>Off: notifications say who wrote, never what (for shared screens and lock screens).</source>
        <translation>Desactivado: las notificaciones dicen quién escribió, nunca qué (para pantallas compartidas y pantallas bloqueadas).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Amber after (seconds)</source>
        <translation>Ámbar después de (segundos)</translation>
    </message>
    <message>
        <source>Red after (seconds)</source>
        <translation>Rojo después de (segundos)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Waiting customers</source>
        <translation>Clientes en espera</translation>
    </message>
    <message>
        <source>&amp;Amber after</source>
        <translation>Á&amp;mbar después de</translation>
    </message>
    <message>
        <source>&amp;Red after</source>
        <translation>&amp;Rojo después de</translation>
    </message>
    <message>
        <source>How long a customer has waited for an answer before the list marks the conversation.</source>
        <translation>Cuánto tiempo ha esperado un cliente una respuesta antes de que la lista marque la conversación.</translation>
    </message>
    <message>
        <source>Red must come after amber: set “Red after” to %1 s or more.</source>
        <translation>El rojo debe ir después del ámbar: ponga «Rojo después de» en %1 s o más.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Seconds of waiting before the list marks the conversation amber</source>
        <translation>Segundos de espera antes de que la lista marque la conversación en ámbar</translation>
    </message>
    <message>
        <source>Seconds of waiting before the list marks the conversation red</source>
        <translation>Segundos de espera antes de que la lista marque la conversación en rojo</translation>
    </message>
    <message>
        <source>The notification service plays its message sound</source>
        <translation>El servicio de notificaciones reproduce su sonido de mensaje</translation>
    </message>
    <message>
        <source>The tray icon counts unread messages and offers</source>
        <translation>El icono de la bandeja cuenta los mensajes sin leer y las ofertas</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ReviewWindow</name>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Transcript Review — Signet</source>
        <translation>Revisión de transcripciones — Signet</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, prefix*</source>
        <translation>Palabras, &quot;una frase&quot;, prefijo*</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Palabras buscadas</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Verified identity (subject)</source>
        <translation>Identidad verificada (sujeto)</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>ID del agente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Cualquier canal</translation>
    </message>
    <message>
        <source>Apple Messages</source>
        <translation>Apple Messages</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Chat web</translation>
    </message>
    <message>
        <source>Any sign-in</source>
        <translation>Cualquier inicio de sesión</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>Sign-in expired</source>
        <translation>Inicio de sesión caducado</translation>
    </message>
    <message>
        <source>Sign-in failed or refused</source>
        <translation>Inicio de sesión fallido o rechazado</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Conversations found</source>
        <translation>Conversaciones encontradas</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Sign-in timeline</source>
        <translation>Cronología del inicio de sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentication timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cronología de la autenticación&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Results…</source>
        <translation>Exportar &amp;resultados…</translation>
    </message>
    <message>
        <source>Every conversation found, as one verifiable JSON export</source>
        <translation>Todas las conversaciones encontradas, como una sola exportación JSON verificable</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Inicios de sesión</translation>
    </message>
    <message>
        <source>History reads</source>
        <translation>Lecturas del historial</translation>
    </message>
    <message>
        <source>Transcript reads</source>
        <translation>Lecturas de transcripciones</translation>
    </message>
    <message>
        <source>Searches and refusals</source>
        <translation>Búsquedas y rechazos</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Conversation id</source>
        <translation>ID de la conversación</translation>
    </message>
    <message>
        <source>Actor (agent id, hub, customer:…)</source>
        <translation>Actor (ID de agente, hub, customer:…)</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exportar CS&amp;V…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Transcripts</source>
        <translation>&amp;Transcripciones</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>Search what customers and agents said, or filter the conversations.</source>
        <translation>Busque lo que dijeron clientes y agentes, o filtre las conversaciones.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The search did not run: %1</source>
        <translation>La búsqueda no se ejecutó: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>The %1 newest conversations found (more match: narrow the search).</source>
        <translation>Las %1 conversaciones encontradas más recientes (hay más coincidencias: acote la búsqueda).</translation>
    </message>
    <message>
        <source>1 conversation found.</source>
        <translation>1 conversación encontrada.</translation>
    </message>
    <message>
        <source>%1 conversations found.</source>
        <translation>%1 conversaciones encontradas.</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verificado</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Ningún agente</translation>
    </message>
    <message>
        <source>The transcript could not be opened: %1</source>
        <translation>No se pudo abrir la transcripción: %1</translation>
    </message>
    <message>
        <source>The transcript could not be read.</source>
        <translation>No se pudo leer la transcripción.</translation>
    </message>
    <message>
        <source>The customer did not sign in.</source>
        <translation>El cliente no inició sesión.</translation>
    </message>
    <message>
        <source>Verified as %1 — %2 at %3</source>
        <translation>Verificado como %1 — %2 a las %3</translation>
    </message>
    <message>
        <source>Export hash %1</source>
        <translation>Hash de la exportación %1</translation>
    </message>
    <message>
        <source>No sign-in in this conversation.</source>
        <translation>No hay inicio de sesión en esta conversación.</translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation>Exportar la transcripción</translation>
    </message>
    <message>
        <source>Open a transcript first.</source>
        <translation>Abra primero una transcripción.</translation>
    </message>
    <message>
        <source>Authentication timeline</source>
        <translation>Cronología de la autenticación</translation>
    </message>
    <message>
        <source>Export hash: %1</source>
        <translation>Hash de la exportación: %1</translation>
    </message>
    <message>
        <source>Exported %1 by %2; the JSON export of the same transcript can be checked with signet-hub verify-export.</source>
        <translation>Exportado el %1 por %2; la exportación JSON de la misma transcripción se puede comprobar con signet-hub verify-export.</translation>
    </message>
    <message>
        <source>Private note (agents only)</source>
        <translation>Nota interna (solo agentes)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>[sign-in request]</source>
        <translation>[solicitud de inicio de sesión]</translation>
    </message>
    <message>
        <source>Transcript %1</source>
        <translation>Transcripción %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Search first: there are no results to export.</source>
        <translation>Busque primero: no hay resultados que exportar.</translation>
    </message>
    <message>
        <source>Results export as JSON or CSV; open a transcript for its PDF.</source>
        <translation>Los resultados se exportan en JSON o CSV; abra una transcripción para su PDF.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>No se pudo cargar el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>%1 entries. The log&apos;s hash chain is intact.</source>
        <translation>%1 entradas. La cadena de hashes del registro está intacta.</translation>
    </message>
    <message>
        <source>%1 entries. THE AUDIT LOG WAS CHANGED: %2</source>
        <translation>%1 entradas. EL REGISTRO DE AUDITORÍA SE MODIFICÓ: %2</translation>
    </message>
    <message>
        <source>Load the audit log first.</source>
        <translation>Cargue primero el registro de auditoría.</translation>
    </message>
    <message>
        <source>Only conversations on this channel</source>
        <translation>Solo conversaciones en este canal</translation>
    </message>
    <message>
        <source>Only conversations with this sign-in outcome</source>
        <translation>Solo conversaciones con este resultado de inicio de sesión</translation>
    </message>
    <message>
        <source>Only conversations started in this period</source>
        <translation>Solo conversaciones iniciadas en este periodo</translation>
    </message>
    <message>
        <source>Search with the words and filters above</source>
        <translation>Buscar con las palabras y los filtros de arriba</translation>
    </message>
    <message>
        <source>Choose one to read its transcript</source>
        <translation>Elija una para leer su transcripción</translation>
    </message>
    <message>
        <source>The conversation as it was, read-only</source>
        <translation>La conversación tal como fue, solo lectura</translation>
    </message>
    <message>
        <source>Every step of the sign-ins in this conversation</source>
        <translation>Cada paso de los inicios de sesión de esta conversación</translation>
    </message>
    <message>
        <source>This transcript as a verifiable JSON export</source>
        <translation>Esta transcripción como exportación JSON verificable</translation>
    </message>
    <message>
        <source>This transcript as a spreadsheet</source>
        <translation>Esta transcripción como hoja de cálculo</translation>
    </message>
    <message>
        <source>This transcript as a printable document</source>
        <translation>Esta transcripción como documento imprimible</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>Only entries of this kind</source>
        <translation>Solo entradas de este tipo</translation>
    </message>
    <message>
        <source>Only entries about this conversation</source>
        <translation>Solo entradas sobre esta conversación</translation>
    </message>
    <message>
        <source>Only entries by this actor</source>
        <translation>Solo entradas de este actor</translation>
    </message>
    <message>
        <source>Load the entries and check the log&apos;s hash chain</source>
        <translation>Cargar las entradas y comprobar la cadena de hashes del registro</translation>
    </message>
    <message>
        <source>The entries shown, as a spreadsheet</source>
        <translation>Las entradas mostradas, como hoja de cálculo</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Who did what, newest first</source>
        <translation>Quién hizo qué, lo más reciente primero</translation>
    </message>
    <message>
        <source>Search and read transcripts</source>
        <translation>Buscar y leer transcripciones</translation>
    </message>
    <message>
        <source>The hub&apos;s audit log and the check of its chain</source>
        <translation>El registro de auditoría del hub y la comprobación de su cadena</translation>
    </message>
    <message>
        <source>asserted by an agent, not verified</source>
        <translation>afirmado por un agente, no verificado</translation>
    </message>
    <message>
        <source>Not verified by the hub: %1 said the customer is %2 (%3 at %4)</source>
        <translation>No verificado por el hub: %1 indicó que el cliente es %2 (%3 en %4)</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>un agente</translation>
    </message>
    <message>
        <source>Choose a conversation to read its transcript.</source>
        <translation>Elija una conversación para leer su transcripción.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>The review window was closed.</source>
        <translation>Se cerró la ventana de revisión.</translation>
    </message>
    <message>
        <source>The hub sent no transcript.</source>
        <translation>El hub no envió ninguna transcripción.</translation>
    </message>
    <message>
        <source>someone no longer on the team</source>
        <translation>alguien que ya no está en el equipo</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ServersPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Servidores guardados</translation>
    </message>
    <message>
        <source>Optional: SHA256:AB:CD:… for a self-signed server</source>
        <translation>Opcional: SHA256:AB:CD:… para un servidor autofirmado</translation>
    </message>
    <message>
        <source>Connect to this server (asks for the password)</source>
        <translation>Conectar con este servidor (pide la contraseña)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>&amp;URL del servidor</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>&amp;Huella del certificado</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Servidor nuevo</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Every server needs a name.</source>
        <translation>Cada servidor necesita un nombre.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: enter the account (signet for a signet-hub).</source>
        <translation>%1: introduzca la cuenta (signet para un signet-hub).</translation>
    </message>
    <message>
        <source>%1: a certificate fingerprint needs an https:// address.</source>
        <translation>%1: una huella de certificado necesita una dirección https://.</translation>
    </message>
    <message>
        <source>There are two servers named “%1”.</source>
        <translation>Hay dos servidores llamados «%1».</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>The servers you connect to by name</source>
        <translation>Los servidores con los que se conecta por su nombre</translation>
    </message>
    <message>
        <source>Add a server to the list</source>
        <translation>Añadir un servidor a la lista</translation>
    </message>
    <message>
        <source>Remove the chosen server from the list</source>
        <translation>Quitar de la lista el servidor elegido</translation>
    </message>
    <message>
        <source>What the server is called in the connection dialog</source>
        <translation>Cómo se llama el servidor en el diálogo de conexión</translation>
    </message>
    <message>
        <source>Your user name on that server</source>
        <translation>Su nombre de usuario en ese servidor</translation>
    </message>
    <message>
        <source>Connect &amp;to</source>
        <translation>Conectar &amp;con</translation>
    </message>
    <message>
        <source>A&amp;ccount ID</source>
        <translation>Identificador de c&amp;uenta</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>The client secret was not saved in the keychain: %1</source>
        <translation>El secreto de cliente no se guardó en el llavero: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a page of settings</source>
        <translation>Elegir una página de configuración</translation>
    </message>
    <message>
        <source>Save every page and close</source>
        <translation>Guardar todas las páginas y cerrar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Save every page and keep the dialog open</source>
        <translation>Guardar todas las páginas y dejar el diálogo abierto</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ShortcutsPage</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Every menu command that has a keyboard shortcut</source>
        <translation>Cada orden de menú que tiene un atajo de teclado</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::SignInPage</name>
    <message>
        <source>Make &amp;Default</source>
        <translation>&amp;Predeterminada</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>The business name customers see</source>
        <translation>El nombre comercial que ven los clientes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Image hosts, one per line</source>
        <translation>Hosts de imágenes, uno por línea</translation>
    </message>
    <message>
        <source>Brand presets</source>
        <translation>Plantillas de marca</translation>
    </message>
    <message>
        <source>Double-click a preset (or press F2) to rename it.</source>
        <translation>Haga doble clic en una plantilla (o pulse F2) para cambiarle el nombre.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Nombre comercial</translation>
    </message>
    <message>
        <source>Requests &amp;expire after</source>
        <translation>Las solicitudes &amp;caducan a los</translation>
    </message>
    <message>
        <source>&amp;Image hosts</source>
        <translation>&amp;Hosts de imágenes</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminada)</translation>
    </message>
    <message>
        <source>Image hosts: %1 Write one host name per line, without https://.</source>
        <translation>Hosts de imágenes: %1 Escriba un nombre de host por línea, sin https://.</translation>
    </message>
    <message>
        <source>Every brand preset needs a name.</source>
        <translation>Cada plantilla de marca necesita un nombre.</translation>
    </message>
    <message>
        <source>There are two brand presets named “%1”.</source>
        <translation>Hay dos plantillas de marca llamadas «%1».</translation>
    </message>
    <message>
        <source>Sign-in requests</source>
        <translation>Solicitudes de inicio de sesión</translation>
    </message>
    <message>
        <source>How long a sign-in request waits for the customer</source>
        <translation>Cuánto tiempo espera una solicitud de inicio de sesión al cliente</translation>
    </message>
    <message>
        <source>Hosts that bubble images may come from; a host also allows its subdomains</source>
        <translation>Hosts de los que pueden venir las imágenes de las burbujas; un host también permite sus subdominios</translation>
    </message>
    <message>
        <source>Use the chosen preset when the composer opens</source>
        <translation>Usar la plantilla elegida al abrir el compositor</translation>
    </message>
    <message>
        <source>Remove the chosen preset</source>
        <translation>Quitar la plantilla elegida</translation>
    </message>
    <message>
        <source>The presets the sign-in composer offers; F2 renames the chosen one</source>
        <translation>Las plantillas que ofrece el compositor de inicio de sesión; F2 cambia el nombre de la elegida</translation>
    </message>
    <message>
        <source>Your team&apos;s hub allows no images in sign-in bubbles. Its administrator adds hosts to its team file (imageHosts).</source>
        <translation>El hub de su equipo no permite imágenes en las burbujas de inicio de sesión. Su administrador añade hosts en el archivo del equipo (imageHosts).</translation>
    </message>
    <message>
        <source>Set by your team&apos;s hub, which refuses images from any other host. Its administrator changes the list in its team file (imageHosts).</source>
        <translation>Definida por el hub de su equipo, que rechaza imágenes de cualquier otro host. Su administrador cambia la lista en el archivo del equipo (imageHosts).</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::TransferDialog</name>
    <message>
        <source>To a &amp;colleague who is online</source>
        <translation>A un &amp;compañero en línea</translation>
    </message>
    <message>
        <source>Back to the &amp;queue of a skill</source>
        <translation>De vuelta a la &amp;cola de una habilidad</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Transferir la conversación de %1</translation>
    </message>
    <message>
        <source>Colleagues online</source>
        <translation>Compañeros en línea</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Asking who is online…</source>
        <translation>Consultando quién está en línea…</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>%1 keeps the whole conversation; you will no longer see it.</source>
        <translation>%1 conserva toda la conversación; usted dejará de verla.</translation>
    </message>
    <message>
        <source>%1 (supervisor)</source>
        <translation>%1 (supervisor)</translation>
    </message>
    <message>
        <source>No colleague is online just now.</source>
        <translation>Ahora mismo no hay ningún compañero en línea.</translation>
    </message>
    <message>
        <source>Who is online is not known: %1</source>
        <translation>No se sabe quién está en línea: %1</translation>
    </message>
    <message>
        <source>The colleague gets the conversation at once</source>
        <translation>El compañero recibe la conversación al instante</translation>
    </message>
    <message>
        <source>Every other online agent is offered the conversation</source>
        <translation>Se ofrece la conversación a todos los demás agentes en línea</translation>
    </message>
    <message>
        <source>Colleagues who are online now</source>
        <translation>Compañeros en línea ahora</translation>
    </message>
    <message>
        <source>The skill whose queue the conversation joins</source>
        <translation>La habilidad a cuya cola pasa la conversación</translation>
    </message>
    <message>
        <source>Hand the conversation on</source>
        <translation>Pasar la conversación</translation>
    </message>
    <message>
        <source>Keep the conversation</source>
        <translation>Quedarse con la conversación</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::TrayIcon</name>
    <message>
        <source>&amp;Show Signet</source>
        <translation>&amp;Mostrar Signet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message numerus="yes">
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n conversación nueva</numerusform>
            <numerusform>%n conversaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mensaje sin leer</numerusform>
            <numerusform>%n mensajes sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Signet: nothing waiting</source>
        <translation>Signet: nada pendiente</translation>
    </message>
    <message>
        <source>Signet: %1</source>
        <translation>Signet: %1</translation>
    </message>
</context>
</TS>
