#!/usr/bin/env python3
"""Checks the Flatpak manifest against the rest of the tree: the app id is the AppStream id, the
command and renamed desktop file and icon exist in the install, the sandbox may reach what the
desk talks to (the Secret Service, the notification service, the tray, the network) and nothing
more powerful (no host filesystem, no session bus as a whole), every downloaded source is pinned
by SHA-256, and Signet itself is built from this tree without its tests.

    tests/packaging/check_flatpak.py SOURCE_DIR

Building the Flatpak needs the KDE runtime from Flathub, which this project's CI cannot reach;
docs/packaging.md says how to build it.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(root):
    root = Path(root)
    manifest = json.loads((root / 'packaging/flatpak/app.signet.Signet.json').read_text())
    problems = []

    def expect(condition, what):
        if not condition:
            problems.append(what)

    metainfo = ET.parse(root / 'packaging/linux/signet.metainfo.xml').getroot()
    expect(manifest['id'] == metainfo.find('id').text,
           f"the manifest's id {manifest['id']} is not the AppStream id")
    expect(manifest['command'] == 'signet', 'the command is not signet')
    expect((root / 'packaging/linux' / manifest['rename-desktop-file']).exists(),
           'the desktop file it renames is not in packaging/linux')
    expect(manifest['rename-icon'] == 'signet', 'the icon it renames is not signet')
    expect(manifest['runtime'] == 'org.kde.Platform' and manifest['sdk'] == 'org.kde.Sdk',
           'the runtime is not the KDE one (Qt 6)')

    args = manifest['finish-args']
    for needed in ('--share=network', '--socket=wayland', '--socket=fallback-x11',
                   '--talk-name=org.freedesktop.secrets',
                   '--talk-name=org.freedesktop.Notifications',
                   '--talk-name=org.kde.StatusNotifierWatcher'):
        expect(needed in args, f'finish-args lacks {needed}')
    for forbidden in ('--filesystem=host', '--filesystem=home', '--socket=session-bus',
                      '--socket=system-bus', '--device=all'):
        expect(forbidden not in args, f'finish-args grants {forbidden}')

    names = [m['name'] for m in manifest['modules']]
    expect(names[-1] == 'signet', 'Signet is not the last module')
    for module in manifest['modules']:
        for source in module.get('sources', []):
            if source['type'] in ('archive', 'file'):
                expect(source['url'].startswith('https://'), f"{module['name']}: not https")
                expect(re.fullmatch(r'[0-9a-f]{64}', source.get('sha256', '')) is not None,
                       f"{module['name']}: the download is not pinned by SHA-256")
    signet = manifest['modules'][-1]
    expect('-DSIGNET_BUILD_TESTS=OFF' in signet['config-opts'], 'Signet is built with its tests')
    expect(signet['sources'] == [{'type': 'dir', 'path': '../..'}],
           'Signet is not built from this tree')
    # Every Qt module Signet needs is in the KDE runtime or built here.
    cmake = (root / 'CMakeLists.txt').read_text()
    expect('WebSockets' in cmake and 'qt6-websockets' in names, 'QtWebSockets is not built')
    expect('HttpServer' in cmake and 'qt6-httpserver' in names, 'QtHttpServer is not built')
    expect('Qt6Keychain' in cmake and 'qtkeychain' in names, 'QtKeychain is not built')

    for problem in problems:
        print(problem, file=sys.stderr)
    print(f'Flatpak manifest: {len(manifest["modules"])} modules, {len(args)} permissions checked')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else '.'))
