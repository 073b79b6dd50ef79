<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddressCheck</name>
    <message>
        <source>Enter an address.</source>
        <translation>Geben Sie eine Adresse ein.</translation>
    </message>
    <message>
        <source>“%1” is not an address like https://host.example.com</source>
        <translation>„%1“ ist keine Adresse wie https://host.example.com</translation>
    </message>
    <message>
        <source>Use https:// for %1 — unencrypted connections are only allowed to this computer.</source>
        <translation>Verwenden Sie https:// für %1 — unverschlüsselte Verbindungen sind nur zu diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>“%1” is not a host name.</source>
        <translation>„%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <source>Enter the account ID.</source>
        <translation>Geben Sie die Konto-ID ein.</translation>
    </message>
    <message>
        <source>The account ID is letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (LivePerson&apos;s are digits, like 12345678).</source>
        <translation>Die Konto-ID besteht aus Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; oder &apos;_&apos; (die von LivePerson aus Ziffern, etwa 12345678).</translation>
    </message>
    <message>
        <source>Enter the discovery domain (for LivePerson, adminlogin.liveperson.net).</source>
        <translation>Geben Sie die Discovery-Domain ein (für LivePerson adminlogin.liveperson.net).</translation>
    </message>
    <message>
        <source>The discovery domain is a host name, with a port if needed: adminlogin.liveperson.net or hub.example.com:8443</source>
        <translation>Die Discovery-Domain ist ein Hostname, bei Bedarf mit Port: adminlogin.liveperson.net oder hub.example.com:8443</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>“%1” is not a signet:// link.</source>
        <translation>„%1“ ist kein signet://-Link.</translation>
    </message>
    <message>
        <source>Signet links look like signet://conversation/&lt;id&gt;.</source>
        <translation>Signet-Links sehen so aus: signet://conversation/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation id.</source>
        <translation>„%1“ ist keine Unterhaltungs-ID.</translation>
    </message>
    <message>
        <source>Sign-in requested (%1 bubble, &quot;%2&quot;)</source>
        <translation>Anmeldung angefordert (%1-Blase, „%2“)</translation>
    </message>
    <message>
        <source>Customer opened the login page (%1)</source>
        <translation>Kunde hat die Anmeldeseite geöffnet (%1)</translation>
    </message>
    <message>
        <source>Answered with an encrypted token</source>
        <translation>Mit einem verschlüsselten Token beantwortet</translation>
    </message>
    <message>
        <source>Answered: failed — %1</source>
        <translation>Beantwortet: fehlgeschlagen — %1</translation>
    </message>
    <message>
        <source>Verified as %1 (%2), expires %3</source>
        <translation>Bestätigt als %1 (%2), läuft ab %3</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not verified by the hub: the agent said %1 (%2)</source>
        <translation>Vom Hub nicht geprüft: Der Agent gab %1 an (%2)</translation>
    </message>
    <message>
        <source>The agent&apos;s desk confirmed the identity the hub checked (%1)</source>
        <translation>Der Desk des Agenten bestätigte die vom Hub geprüfte Identität (%1)</translation>
    </message>
    <message>
        <source>sent; no answer recorded</source>
        <translation>gesendet; keine Antwort verzeichnet</translation>
    </message>
    <message>
        <source>the customer opened the login page</source>
        <translation>der Kunde hat die Anmeldeseite geöffnet</translation>
    </message>
    <message>
        <source>wrong password (attempt %1 of %2)</source>
        <translation>falsches Passwort (Versuch %1 von %2)</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <source>not verified by the hub: the agent said %1</source>
        <translation>nicht vom Hub bestätigt: der Agent sagte %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Wrong password (attempt %1 of %2): the sign-in was stopped</source>
        <translation>Falsches Passwort (Versuch %1 von %2): die Anmeldung wurde abgebrochen</translation>
    </message>
    <message>
        <source>Wrong password (attempt %1 of %2)</source>
        <translation>Falsches Passwort (Versuch %1 von %2)</translation>
    </message>
</context>
<context>
    <name>ServerKind</name>
    <message>
        <source>A signet-hub, by its address</source>
        <translation>Ein signet-hub, über seine Adresse</translation>
    </message>
    <message>
        <source>A LivePerson-style account, by account ID and discovery domain</source>
        <translation>Ein Konto nach LivePerson-Art, über Konto-ID und Discovery-Domain</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>Art des Servers</translation>
    </message>
    <message>
        <source>A signet-hub is reached by its address; a LivePerson-style account by its account ID and the domain that tells where its login and messaging servers are</source>
        <translation>Ein signet-hub wird über seine Adresse erreicht, ein Konto nach LivePerson-Art über seine Konto-ID und die Domain, die angibt, wo seine Anmelde- und Nachrichtenserver sind</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>Server-&amp;URL</translation>
    </message>
    <message>
        <source>Discovery &amp;domain</source>
        <translation>&amp;Discovery-Domain</translation>
    </message>
    <message>
        <source>The signet-hub&apos;s address: https://host:port</source>
        <translation>Die Adresse des signet-hub: https://host:port</translation>
    </message>
    <message>
        <source>The domain that tells where the account&apos;s login and messaging servers are (host or host:port; always over https)</source>
        <translation>Die Domain, die angibt, wo die Anmelde- und Nachrichtenserver des Kontos sind (Host oder Host:Port; immer über https)</translation>
    </message>
    <message>
        <source>The account on the server (signet for a signet-hub)</source>
        <translation>Das Konto auf dem Server (signet für einen signet-hub)</translation>
    </message>
    <message>
        <source>The account ID (LivePerson&apos;s site ID)</source>
        <translation>Die Konto-ID (bei LivePerson die Site-ID)</translation>
    </message>
</context>
<context>
    <name>Signet::AgentConnection</name>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// on this computer).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (oder http:// auf diesem Computer).</translation>
    </message>
    <message>
        <source>Refusing an unencrypted connection to %1: use https:// for any server that is not on this computer.</source>
        <translation>Unverschlüsselte Verbindung zu %1 abgelehnt: Verwenden Sie https:// für jeden Server, der nicht auf diesem Computer läuft.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>Online als %1</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting in %1 s</source>
        <translation>Verbindung verloren; neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>Connection lost (%1); reconnecting in %2 s</source>
        <translation>Verbindung verloren (%1); neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server&apos;s discovery answer lacks the login or messaging service.</source>
        <translation>Der Discovery-Antwort des Servers fehlt der Anmelde- oder Nachrichtendienst.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation>Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server&apos;s login answer has no bearer token.</source>
        <translation>Die Anmeldeantwort des Servers enthält kein Bearer-Token.</translation>
    </message>
    <message>
        <source>the server stopped answering (no reply within %1 s)</source>
        <translation>der Server antwortet nicht mehr (keine Antwort innerhalb von %1 s)</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server ist verloren gegangen.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>Signet::Attention</name>
    <message>
        <source>Transferred to you: %1</source>
        <translation>An Sie übergeben: %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>New conversation: %1</source>
        <translation>Neue Unterhaltung: %1</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Ein Kunde</translation>
    </message>
    <message>
        <source>Private note from %1 about %2</source>
        <translation>Interne Notiz von %1 zu %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n new messages)</source>
        <translation>
            <numerusform>%1 (%n neue Nachricht)</numerusform>
            <numerusform>%1 (%n neue Nachrichten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signet::Auth::AppleAuthRequest</name>
    <message>
        <source>The %1 bubble needs a title.</source>
        <translation>Die %1-Blase braucht einen Titel.</translation>
    </message>
    <message>
        <source>The %1 title is longer than %2 characters.</source>
        <translation>Der %1-Titel ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The %1 subtitle is longer than %2 characters.</source>
        <translation>Der %1-Untertitel ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The large style shows a 263×150 image on top: add an image URL or choose icon or small.</source>
        <translation>Der Stil „Groß“ zeigt oben ein Bild mit 263×150: Fügen Sie eine Bild-URL hinzu oder wählen Sie „Symbol“ oder „Klein“.</translation>
    </message>
    <message>
        <source>The %1 image URL is not a valid address.</source>
        <translation>Die %1-Bild-URL ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The %1 image must be served over https.</source>
        <translation>Das %1-Bild muss über https ausgeliefert werden.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>Empfangs</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>ConnectorAuthenticationRequest.requestIdentifier is missing.</source>
        <translation>ConnectorAuthenticationRequest.requestIdentifier fehlt.</translation>
    </message>
    <message>
        <source>ConnectorAuthenticationRequest.requestIdentifier is longer than 128 characters.</source>
        <translation>ConnectorAuthenticationRequest.requestIdentifier ist länger als 128 Zeichen.</translation>
    </message>
    <message>
        <source>ConnectorAuthenticationRequest.apple.oauth2.responseEncryptionKey is missing.</source>
        <translation>ConnectorAuthenticationRequest.apple.oauth2.responseEncryptionKey fehlt.</translation>
    </message>
    <message>
        <source>A sign-in request needs its BusinessChatMessage metadata.</source>
        <translation>Eine Anmeldeanfrage braucht ihre BusinessChatMessage-Metadaten.</translation>
    </message>
    <message>
        <source>BusinessChatMessage needs receivedMessage and replyMessage with a known style.</source>
        <translation>BusinessChatMessage braucht receivedMessage und replyMessage mit einem bekannten Stil.</translation>
    </message>
    <message>
        <source>%1 is not on the team&apos;s image allow-list.</source>
        <translation>%1 steht nicht auf der Bild-Freigabeliste des Teams.</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::AuthResponse</name>
    <message>
        <source>it names no sign-in request</source>
        <translation>sie nennt keine Anmeldeanfrage</translation>
    </message>
    <message>
        <source>its status is not true or false</source>
        <translation>ihr Status ist weder true noch false</translation>
    </message>
    <message>
        <source>its token is not a string</source>
        <translation>ihr Token ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>its token is not encrypted (only tokens encrypted to the request&apos;s key are accepted)</source>
        <translation>ihr Token ist nicht verschlüsselt (nur an den Schlüssel der Anfrage verschlüsselte Tokens werden angenommen)</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::AuthResponseBinder</name>
    <message>
        <source>An answer that names no sign-in request was refused.</source>
        <translation>Eine Antwort ohne Anmeldeanfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>An answer to an unknown sign-in request (%1) was refused.</source>
        <translation>Eine Antwort auf eine unbekannte Anmeldeanfrage (%1) wurde abgelehnt.</translation>
    </message>
    <message>
        <source>An answer to a sign-in request of another conversation was refused.</source>
        <translation>Eine Antwort auf die Anmeldeanfrage einer anderen Unterhaltung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>An answer arrived after the sign-in request had expired and was refused.</source>
        <translation>Eine Antwort kam nach Ablauf der Anmeldeanfrage und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>An answer arrived after the sign-in request was cancelled and was refused.</source>
        <translation>Eine Antwort kam nach dem Abbruch der Anmeldeanfrage und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>A second answer to the same sign-in request was refused (replay).</source>
        <translation>Eine zweite Antwort auf dieselbe Anmeldeanfrage wurde abgelehnt (Wiederholung).</translation>
    </message>
    <message>
        <source>Response could not be verified: %1.</source>
        <translation>Die Antwort konnte nicht überprüft werden: %1.</translation>
    </message>
    <message>
        <source>the customer did not sign in</source>
        <translation>der Kunde hat sich nicht angemeldet</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Response could not be verified: %1</source>
        <translation>Die Antwort konnte nicht überprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::AuthTracker</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Waiting for the customer to sign in</source>
        <translation>Warten auf die Anmeldung des Kunden</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expired without an answer</source>
        <translation>Ohne Antwort abgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); sign-in request states were not restored.</source>
        <translation>%1 ist beschädigt (%2); die Zustände der Anmeldeanfragen wurden nicht wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::BrandPreset</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Sign in to continue</source>
        <translation>Zum Fortfahren anmelden</translation>
    </message>
    <message>
        <source>Verify it&apos;s you to see your account</source>
        <translation>Bestätigen Sie, dass Sie es sind, um Ihr Konto zu sehen</translation>
    </message>
    <message>
        <source>You&apos;re signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>Thanks for verifying</source>
        <translation>Danke für die Bestätigung</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::IdentityVerifier</name>
    <message>
        <source>Token rejected by provider: it expired at %1.</source>
        <translation>Token vom Anbieter abgelehnt: Es ist um %1 abgelaufen.</translation>
    </message>
    <message>
        <source>No identity provider is configured to verify the token.</source>
        <translation>Kein Identitätsanbieter ist eingerichtet, um das Token zu prüfen.</translation>
    </message>
    <message>
        <source>The identity provider could not be reached: %1</source>
        <translation>Der Identitätsanbieter ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Response could not be verified: the provider named no subject.</source>
        <translation>Die Antwort konnte nicht überprüft werden: Der Anbieter hat kein Subjekt genannt.</translation>
    </message>
    <message>
        <source>Response could not be verified: the token was issued by %1, not by %2.</source>
        <translation>Die Antwort konnte nicht überprüft werden: Das Token wurde von %1 ausgestellt, nicht von %2.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s introspection failed: %1</source>
        <translation>Die Introspektion beim Identitätsanbieter ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Token rejected by provider: it is not active.</source>
        <translation>Token vom Anbieter abgelehnt: Es ist nicht aktiv.</translation>
    </message>
    <message>
        <source>Response could not be verified: userinfo and introspection disagree on the subject.</source>
        <translation>Die Antwort konnte nicht überprüft werden: Userinfo und Introspektion nennen verschiedene Subjekte.</translation>
    </message>
    <message>
        <source>Token rejected by provider: it does not know this token (expired, revoked, or forgotten by a provider that restarted). Ask the customer to sign in again.</source>
        <translation>Token vom Anbieter abgelehnt: Er kennt dieses Token nicht (abgelaufen, widerrufen oder nach einem Neustart des Anbieters vergessen). Bitten Sie den Kunden, sich erneut anzumelden.</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::SignInCapabilities</name>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>iOS %1</source>
        <translation>iOS %1</translation>
    </message>
    <message>
        <source>%1 cannot sign in: Apple authentication needs iOS 12 or later.</source>
        <translation>%1 kann sich nicht anmelden: Die Apple-Authentifizierung braucht iOS 12 oder neuer.</translation>
    </message>
    <message>
        <source>The device did not report its iOS version, so sign-in support is unknown.</source>
        <translation>Das Gerät hat seine iOS-Version nicht gemeldet, daher ist unbekannt, ob die Anmeldung unterstützt wird.</translation>
    </message>
    <message>
        <source>Web chat visitors sign in with the Sign in button on their chat page.</source>
        <translation>Web-Chat-Besucher melden sich mit der Schaltfläche „Anmelden“ auf ihrer Chat-Seite an.</translation>
    </message>
    <message>
        <source>Sign-in requests need Apple Messages for Business; this customer is on an unknown channel.</source>
        <translation>Anmeldeanfragen brauchen Apple Messages for Business; dieser Kunde ist auf einem unbekannten Kanal.</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::SignInService</name>
    <message>
        <source>The desk stopped before the request was sent.</source>
        <translation>Der Desk wurde beendet, bevor die Anfrage gesendet war.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Wählen Sie zuerst eine Unterhaltung.</translation>
    </message>
    <message>
        <source>The conversation is closed.</source>
        <translation>Die Unterhaltung ist geschlossen.</translation>
    </message>
    <message>
        <source>Accept the conversation before asking the customer to sign in.</source>
        <translation>Nehmen Sie die Unterhaltung an, bevor Sie den Kunden um eine Anmeldung bitten.</translation>
    </message>
    <message>
        <source>Sign-in requests need the system keychain: %1</source>
        <translation>Anmeldeanfragen brauchen den Schlüsselbund des Systems: %1</translation>
    </message>
    <message>
        <source>A sign-in request sent at %1 is still waiting for the customer. Resend or cancel it.</source>
        <translation>Eine um %1 gesendete Anmeldeanfrage wartet noch auf den Kunden. Senden Sie sie erneut oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>The conversation is gone.</source>
        <translation>Die Unterhaltung ist nicht mehr da.</translation>
    </message>
    <message>
        <source>There is no waiting request to send again.</source>
        <translation>Es gibt keine wartende Anfrage, die erneut gesendet werden könnte.</translation>
    </message>
</context>
<context>
    <name>Signet::CertificatePin</name>
    <message>
        <source>A certificate fingerprint is 32 bytes of SHA-256 in hex, like SHA256:AB:CD:… (64 hex digits); this is not one.</source>
        <translation>Ein Zertifikat-Fingerabdruck besteht aus 32 Byte SHA-256 in Hex, etwa SHA256:AB:CD:… (64 Hex-Ziffern); das hier ist keiner.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Its fingerprint is %1: if whoever runs the server confirms it, enter it as the certificate fingerprint in File → Connect to Server.</source>
        <translation>Sein Fingerabdruck ist %1: Wenn der Betreiber des Servers ihn bestätigt, tragen Sie ihn unter Datei → Mit Server verbinden als Zertifikat-Fingerabdruck ein.</translation>
    </message>
    <message>
        <source>%1 showed a different certificate (%2) from the pinned one (%3); the connection was refused. If the server&apos;s certificate was replaced, check the new fingerprint with whoever runs it.</source>
        <translation>%1 hat ein anderes Zertifikat (%2) als das festgelegte (%3) gezeigt; die Verbindung wurde abgelehnt. Wurde das Zertifikat des Servers ersetzt, prüfen Sie den neuen Fingerabdruck mit dem Betreiber.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
</context>
<context>
    <name>Signet::ConversationListModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>%1 — can be asked to sign in</source>
        <translation>%1 — kann um eine Anmeldung gebeten werden</translation>
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
        <translation>Computer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
</context>
<context>
    <name>Signet::Crypto::AppleTokenCipher</name>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>The token is far larger than any real token and was not decoded.</source>
        <translation>Das Token ist weit größer als jedes echte Token und wurde nicht dekodiert.</translation>
    </message>
    <message>
        <source>The token is not valid Base64.</source>
        <translation>Das Token ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The token is too short to hold an ephemeral key, ciphertext and tag (truncated?).</source>
        <translation>Das Token ist zu kurz für einen ephemeren Schlüssel, Chiffretext und Tag (abgeschnitten?).</translation>
    </message>
    <message>
        <source>The token does not start with an uncompressed elliptic-curve point: it was tampered with or damaged.</source>
        <translation>Das Token beginnt nicht mit einem unkomprimierten Punkt einer elliptischen Kurve: Es wurde manipuliert oder beschädigt.</translation>
    </message>
    <message>
        <source>The token&apos;s ephemeral key is not a point on the curve: it was tampered with or damaged.</source>
        <translation>Der ephemere Schlüssel des Tokens ist kein Punkt auf der Kurve: Es wurde manipuliert oder beschädigt.</translation>
    </message>
    <message>
        <source>The token was encrypted for a key on another curve than this key&apos;s.</source>
        <translation>Das Token wurde für einen Schlüssel auf einer anderen Kurve als dieser verschlüsselt.</translation>
    </message>
    <message>
        <source>The token failed its integrity check: it was tampered with or encrypted to another key.</source>
        <translation>Das Token hat seine Integritätsprüfung nicht bestanden: Es wurde manipuliert oder an einen anderen Schlüssel verschlüsselt.</translation>
    </message>
    <message>
        <source>The decrypted token is not UTF-8 text.</source>
        <translation>Das entschlüsselte Token ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The encryption key is not the Base64 of an uncompressed P-384 or P-256 point.</source>
        <translation>Der Verschlüsselungsschlüssel ist nicht das Base64 eines unkomprimierten P-384- oder P-256-Punkts.</translation>
    </message>
    <message>
        <source>The cryptography library failed unexpectedly.</source>
        <translation>Die Kryptografie-Bibliothek ist unerwartet fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Signet::DeskSession</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Going online</source>
        <translation>Online gehen</translation>
    </message>
    <message>
        <source>Subscribing to routing</source>
        <translation>Routing abonnieren</translation>
    </message>
    <message>
        <source>Subscribing to conversations failed: %1</source>
        <translation>Das Abonnieren der Unterhaltungen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not accept the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht angenommen werden: %1</translation>
    </message>
    <message>
        <source>Could not join the conversation: %1</source>
        <translation>Der Unterhaltung konnte nicht beigetreten werden: %1</translation>
    </message>
    <message>
        <source>Could not leave the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht verlassen werden: %1</translation>
    </message>
    <message>
        <source>Could not close the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht geschlossen werden: %1</translation>
    </message>
    <message>
        <source>Could not transfer the conversation: %1</source>
        <translation>Die Unterhaltung konnte nicht übergeben werden: %1</translation>
    </message>
    <message>
        <source>Not signed in to a server: the message was not sent.</source>
        <translation>Nicht bei einem Server angemeldet: Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>No such conversation.</source>
        <translation>Keine solche Unterhaltung.</translation>
    </message>
    <message>
        <source>%1 What you sent is kept only while the desk runs.</source>
        <translation>%1 Was Sie senden, wird nur aufbewahrt, solange der Desk läuft.</translation>
    </message>
    <message>
        <source>it expired before the desk could send it</source>
        <translation>sie ist abgelaufen, bevor der Desk sie senden konnte</translation>
    </message>
    <message>
        <source>the server did not confirm it</source>
        <translation>der Server hat sie nicht bestätigt</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>A message you wrote while offline was not sent: %1 (“%2”)</source>
        <translation>Eine offline geschriebene Nachricht wurde nicht gesendet: %1 („%2“)</translation>
    </message>
    <message>
        <source>The hub did not record the verified identity: %1</source>
        <translation>Der Hub hat die bestätigte Identität nicht gespeichert: %1</translation>
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
        <translation>Web-Chat</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Anderer Kanal</translation>
    </message>
</context>
<context>
    <name>Signet::KeyRing</name>
    <message>
        <source>The key ring is not open.</source>
        <translation>Der Schlüsselring ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The key ring&apos;s index in the keychain is damaged or from a newer Signet.</source>
        <translation>Der Index des Schlüsselrings im Schlüsselbund ist beschädigt oder stammt von einem neueren Signet.</translation>
    </message>
    <message>
        <source>The key ring&apos;s index in the keychain has a damaged entry.</source>
        <translation>Der Index des Schlüsselrings im Schlüsselbund hat einen beschädigten Eintrag.</translation>
    </message>
    <message>
        <source>The request identifier is empty or already has a key.</source>
        <translation>Die Anfrage-ID ist leer oder hat bereits einen Schlüssel.</translation>
    </message>
    <message>
        <source>No key %1 in the key ring.</source>
        <translation>Kein Schlüssel %1 im Schlüsselring.</translation>
    </message>
    <message>
        <source>The key in the keychain does not match the key ring&apos;s record of it.</source>
        <translation>Der Schlüssel im Schlüsselbund passt nicht zum Eintrag des Schlüsselrings.</translation>
    </message>
    <message>
        <source>No key is waiting for an answer to request %1 (unknown, answered or expired).</source>
        <translation>Kein Schlüssel wartet auf eine Antwort auf die Anfrage %1 (unbekannt, beantwortet oder abgelaufen).</translation>
    </message>
    <message>
        <source>Brand key %1 is already active; use rotate to replace it.</source>
        <translation>Der Markenschlüssel %1 ist bereits aktiv; ersetzen Sie ihn mit rotate.</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in request(s) still wait for answers encrypted to this key; deleting it would make them undecryptable. Use --force to delete it anyway.</source>
        <translation>
            <numerusform>%n Anmeldeanfrage wartet noch auf an diesen Schlüssel verschlüsselte Antworten; Löschen würde sie unentschlüsselbar machen. Mit --force löschen Sie ihn trotzdem.</numerusform>
            <numerusform>%n Anmeldeanfragen warten noch auf an diesen Schlüssel verschlüsselte Antworten; Löschen würde sie unentschlüsselbar machen. Mit --force löschen Sie ihn trotzdem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signet::KeychainSecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted: %1</source>
        <translation>Der Eintrag im Schlüsselbund konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keyring and allow Signet to use it.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Entsperren Sie Ihren Schlüsselbund und erlauben Sie Signet den Zugriff.</translation>
    </message>
    <message>
        <source>No keychain is available: install and unlock GNOME Keyring or KWallet (a Secret Service provider), then try again.</source>
        <translation>Kein Schlüsselbund verfügbar: Installieren und entsperren Sie GNOME Keyring oder KWallet (einen Secret-Service-Anbieter) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This system&apos;s keychain does not support the operation.</source>
        <translation>Der Schlüsselbund dieses Systems unterstützt den Vorgang nicht.</translation>
    </message>
    <message>
        <source>The keychain is locked: unlock your keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt: Entsperren Sie ihn (GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Signet::MessageListModel</name>
    <message>
        <source>[Rich content]</source>
        <translation>[Rich Content]</translation>
    </message>
</context>
<context>
    <name>Signet::Outbox</name>
    <message>
        <source>Cannot read the outbox %1: %2</source>
        <translation>Der Postausgang %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The outbox %1 is damaged and could not be moved aside; it is left as it is, and what you send now is kept only while the desk runs.</source>
        <translation>Der Postausgang %1 ist beschädigt und konnte nicht beiseitegelegt werden; er bleibt unverändert, und was Sie jetzt senden, wird nur aufbewahrt, solange der Desk läuft.</translation>
    </message>
    <message>
        <source>The outbox %1 was damaged; %2 waiting items were read and the file was kept as %3.</source>
        <translation>Der Postausgang %1 war beschädigt; %2 wartende Einträge wurden gelesen und die Datei als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>Cannot write the outbox %1: %2</source>
        <translation>Der Postausgang %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Signet::SingleInstance</name>
    <message>
        <source>Cannot create %1 to check for a running Signet.</source>
        <translation>%1 kann nicht angelegt werden, um nach einem laufenden Signet zu sehen.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>Another Signet holds %1 but does not answer.</source>
        <translation>Ein anderes Signet hält %1, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>The running Signet did not take the request.</source>
        <translation>Das laufende Signet hat die Anfrage nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::AppearancePage</name>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A new language applies when Signet starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Signet.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>The colours of the desk; applied at once</source>
        <translation>Die Farben des Desks; gilt sofort</translation>
    </message>
    <message>
        <source>The language of the desk; applied when Signet starts again</source>
        <translation>Die Sprache des Desks; gilt ab dem nächsten Start von Signet</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::AppleBubblePainter</name>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::AuthBubbleComposer</name>
    <message>
        <source>Ask %1 to sign in</source>
        <translation>%1 um eine Anmeldung bitten</translation>
    </message>
    <message>
        <source>Brand preset</source>
        <translation>Markenvorlage</translation>
    </message>
    <message>
        <source>Save as Preset…</source>
        <translation>Als Vorlage speichern …</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Als Standard</translation>
    </message>
    <message>
        <source>Light appearance</source>
        <translation>Helle Darstellung</translation>
    </message>
    <message>
        <source>Dark appearance</source>
        <translation>Dunkle Darstellung</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Before signing in (received bubble)</source>
        <translation>Vor der Anmeldung (empfangene Blase)</translation>
    </message>
    <message>
        <source>After signing in (reply bubble)</source>
        <translation>Nach der Anmeldung (Antwortblase)</translation>
    </message>
    <message>
        <source>Your brand</source>
        <translation>Ihre Marke</translation>
    </message>
    <message>
        <source>Save Preview as PNG…</source>
        <translation>Vorschau als PNG speichern …</translation>
    </message>
    <message>
        <source>&amp;Send Request</source>
        <translation>Anfrage &amp;senden</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Icon — 280×65 pt, 40×40 image beside the text</source>
        <translation>Symbol — 280×65 pt, Bild 40×40 neben dem Text</translation>
    </message>
    <message>
        <source>Small — 280×85 pt, 60×60 image beside the text</source>
        <translation>Klein — 280×85 pt, Bild 60×60 neben dem Text</translation>
    </message>
    <message>
        <source>Large — 280×210 pt, 263×150 image on top</source>
        <translation>Groß — 280×210 pt, Bild 263×150 oben</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>Bild-URL</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Loading the image… the preview shows a placeholder meanwhile.</source>
        <translation>Das Bild wird geladen … die Vorschau zeigt so lange einen Platzhalter.</translation>
    </message>
    <message>
        <source>%1×%2 px; Apple recommends %3×%4 px for this style.</source>
        <translation>%1×%2 px; Apple empfiehlt %3×%4 px für diesen Stil.</translation>
    </message>
    <message>
        <source>%1×%2 px</source>
        <translation>%1×%2 px</translation>
    </message>
    <message>
        <source>Messages shows the received bubble&apos;s image in the reply, not this one.</source>
        <translation>Nachrichten zeigt in der Antwort das Bild der empfangenen Blase, nicht dieses.</translation>
    </message>
    <message>
        <source>Send the request to the customer</source>
        <translation>Die Anfrage an den Kunden senden</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Save Preview as PNG</source>
        <translation>Vorschau als PNG speichern</translation>
    </message>
    <message>
        <source>sign-in-preview.png</source>
        <translation>anmeldung-vorschau.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Fills the bubbles from a saved preset</source>
        <translation>Füllt die Blasen aus einer gespeicherten Vorlage</translation>
    </message>
    <message>
        <source>Save these bubbles as a preset</source>
        <translation>Diese Blasen als Vorlage speichern</translation>
    </message>
    <message>
        <source>Open the composer with this preset from now on</source>
        <translation>Den Composer ab jetzt mit dieser Vorlage öffnen</translation>
    </message>
    <message>
        <source>Preview the iPhone in its light or dark appearance</source>
        <translation>Das iPhone in heller oder dunkler Darstellung zeigen</translation>
    </message>
    <message>
        <source>Save the preview of every state as an image</source>
        <translation>Die Vorschau aller Zustände als Bild speichern</translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>Schließen, ohne zu senden</translation>
    </message>
    <message>
        <source>The second line of the bubble (optional)</source>
        <translation>Die zweite Zeile der Blase (optional)</translation>
    </message>
    <message>
        <source>The size of the bubble and of its image</source>
        <translation>Die Größe der Blase und ihres Bildes</translation>
    </message>
    <message>
        <source>The list is set in %1.</source>
        <translation>Die Liste wird in %1 festgelegt.</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::BubbleDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Private note · %1</source>
        <translation>Interne Notiz · %1</translation>
    </message>
    <message>
        <source>Supervisor %1</source>
        <translation>Supervisor %1</translation>
    </message>
    <message>
        <source>Sign-in request: %1</source>
        <translation>Anmeldeanfrage: %1</translation>
    </message>
    <message>
        <source>sent from another desk</source>
        <translation>von einem anderen Desk gesendet</translation>
    </message>
    <message>
        <source>Sign-in not accepted: %1</source>
        <translation>Anmeldung nicht angenommen: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::BubbleLayout</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::BubblePreview</name>
    <message>
        <source>Your brand</source>
        <translation>Ihre Marke</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Image failed to load</source>
        <translation>Bild konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>The %1 title is cut on the iPhone: “%2”</source>
        <translation>Der %1-Titel wird auf dem iPhone abgeschnitten: „%2“</translation>
    </message>
    <message>
        <source>The %1 subtitle is cut on the iPhone: “%2”</source>
        <translation>Der %1-Untertitel wird auf dem iPhone abgeschnitten: „%2“</translation>
    </message>
    <message>
        <source>received</source>
        <translation>Empfangs</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Before signing in</source>
        <translation>Vor der Anmeldung</translation>
    </message>
    <message>
        <source>After signing in</source>
        <translation>Nach der Anmeldung</translation>
    </message>
    <message>
        <source>If sign-in fails</source>
        <translation>Wenn die Anmeldung fehlschlägt</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Sperrbildschirm</translation>
    </message>
    <message>
        <source>In your transcript</source>
        <translation>In Ihrem Verlauf</translation>
    </message>
    <message>
        <source>Not on the allow-list</source>
        <translation>Nicht freigegeben</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::CannedResponses</name>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>/%1 — %2 (%3)</source>
        <translation>/%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>there</source>
        <translation>zusammen</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::CannedResponsesPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Your canned responses</source>
        <translation>Ihre Textbausteine</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Type “/” and a few letters of a title in the message box to insert one. {customer} becomes the customer&apos;s first name, {agent} your name.</source>
        <translation>Tippen Sie „/“ und ein paar Buchstaben eines Titels ins Nachrichtenfeld, um einen einzufügen. {customer} wird zum Vornamen des Kunden, {agent} zu Ihrem Namen.</translation>
    </message>
    <message>
        <source>new-response</source>
        <translation>neuer-baustein</translation>
    </message>
    <message>
        <source>Row %1: a title is one word of at most 40 characters (it follows “/”).</source>
        <translation>Zeile %1: Ein Titel ist ein Wort mit höchstens 40 Zeichen (er folgt auf „/“).</translation>
    </message>
    <message>
        <source>Row %1 (%2): write the response&apos;s text.</source>
        <translation>Zeile %1 (%2): Schreiben Sie den Text des Bausteins.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the text is longer than 2000 characters.</source>
        <translation>Zeile %1 (%2): Der Text ist länger als 2000 Zeichen.</translation>
    </message>
    <message>
        <source>There are two responses titled “%1”.</source>
        <translation>Es gibt zwei Bausteine mit dem Titel „%1“.</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>A title you type after “/”, and its text</source>
        <translation>Ein Titel, den Sie nach „/“ tippen, und sein Text</translation>
    </message>
    <message>
        <source>Add a response</source>
        <translation>Einen Baustein hinzufügen</translation>
    </message>
    <message>
        <source>Remove the chosen response</source>
        <translation>Den gewählten Baustein entfernen</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::CloseDialog</name>
    <message>
        <source>Close the conversation with %1</source>
        <translation>Die Unterhaltung mit %1 schließen</translation>
    </message>
    <message>
        <source>&amp;Close Conversation</source>
        <translation>Unterhaltung &amp;schließen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional: anything the next person should know</source>
        <translation>Optional: was die nächste Person wissen sollte</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>Wie ist sie ausgegangen?</translation>
    </message>
    <message>
        <source>Close the conversation with %1?</source>
        <translation>Die Unterhaltung mit %1 schließen?</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Choose how the conversation ended first.</source>
        <translation>Wählen Sie zuerst, wie die Unterhaltung ausgegangen ist.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Die Notiz ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Kept with the conversation for whoever reads it later</source>
        <translation>Bleibt bei der Unterhaltung für alle, die sie später lesen</translation>
    </message>
    <message>
        <source>Keep the conversation open</source>
        <translation>Die Unterhaltung offen lassen</translation>
    </message>
    <message>
        <source>How the conversation ended; kept with it and in the audit log</source>
        <translation>Wie die Unterhaltung ausgegangen ist; bleibt bei ihr und im Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ComposerEdit</name>
    <message>
        <source>Write a message — Enter sends, Shift+Enter starts a new line</source>
        <translation>Nachricht schreiben — Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ConnectDialog</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Das Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Optional: SHA256:AB:CD:… for a self-signed server</source>
        <translation>Optional: SHA256:AB:CD:… für einen selbstsignierten Server</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (what signet-hub prints at start), even one no certificate authority vouches for; any other certificate is then refused.</source>
        <translation>Genau diesem Zertifikat vertrauen (dem, das signet-hub beim Start ausgibt), auch wenn keine Zertifizierungsstelle dafür bürgt; jedes andere Zertifikat wird dann abgelehnt.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Saved server</source>
        <translation>&amp;Gespeicherter Server</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>Server-&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>Zertifikat-&amp;Fingerabdruck</translation>
    </message>
    <message>
        <source>(type the address below)</source>
        <translation>(Adresse unten eingeben)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>The address must look like https://hub.example.com:8443</source>
        <translation>Die Adresse muss wie https://hub.example.com:8443 aussehen</translation>
    </message>
    <message>
        <source>Use https:// — unencrypted connections are only allowed to this computer.</source>
        <translation>Verwenden Sie https:// — unverschlüsselte Verbindungen sind nur zu diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>Enter the account (signet for a signet-hub).</source>
        <translation>Geben Sie das Konto ein (signet für einen signet-hub).</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>A certificate fingerprint needs an https:// address.</source>
        <translation>Ein Zertifikat-Fingerabdruck braucht eine https://-Adresse.</translation>
    </message>
    <message>
        <source>Connect to the server with these details</source>
        <translation>Mit diesen Angaben mit dem Server verbinden</translation>
    </message>
    <message>
        <source>Close without connecting</source>
        <translation>Schließen, ohne zu verbinden</translation>
    </message>
    <message>
        <source>Your user name on that server</source>
        <translation>Ihr Benutzername auf diesem Server</translation>
    </message>
    <message>
        <source>Your password; kept in the keychain only if you ask</source>
        <translation>Ihr Passwort; nur auf Wunsch im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>The next start connects without asking</source>
        <translation>Der nächste Start verbindet ohne Nachfrage</translation>
    </message>
    <message>
        <source>Connect &amp;to</source>
        <translation>&amp;Verbinden mit</translation>
    </message>
    <message>
        <source>&amp;Account ID</source>
        <translation>&amp;Konto-ID</translation>
    </message>
    <message>
        <source>%1 — account %2 at %3</source>
        <translation>%1 — Konto %2 bei %3</translation>
    </message>
    <message>
        <source>Connecting to %1 and signing in…</source>
        <translation>Verbindung zu %1 und Anmeldung…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Keine Verbindung möglich: %1</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ConversationDelegate</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>Wartet auf einen Agenten</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>tippt …</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::CustomerPanel</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>None sent</source>
        <translation>Keine gesendet</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-in expired&lt;/b&gt; — %1 was verified until %2. Ask again to continue.</source>
        <translation>&lt;b&gt;Anmeldung abgelaufen&lt;/b&gt; — %1 war bis %2 bestätigt. Bitten Sie erneut um eine Anmeldung, um fortzufahren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authenticated as %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Authentifiziert als %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Subject %1 · issuer %2</source>
        <translation>Subjekt %1 · Aussteller %2</translation>
    </message>
    <message>
        <source>Verified at %1 · expires %2</source>
        <translation>Bestätigt um %1 · läuft ab %2</translation>
    </message>
    <message>
        <source>Verified at %1 · expiry not stated by the provider</source>
        <translation>Bestätigt um %1 · Ablauf vom Anbieter nicht angegeben</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Keine Unterhaltung ausgewählt</translation>
    </message>
    <message>
        <source>Apple Messages for Business</source>
        <translation>Apple Messages for Business</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Web-Chat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Sign-in supported</source>
        <translation>Anmeldung unterstützt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>Wartet auf einen Agenten</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to another agent</source>
        <translation>Einem anderen Agenten zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>&amp;Ask Again…</source>
        <translation>Erneut &amp;fragen…</translation>
    </message>
    <message>
        <source>Send the customer a new sign-in request</source>
        <translation>Dem Kunden eine neue Anmeldeanfrage senden</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::DeskApp</name>
    <message>
        <source>Conversation %1 is not on this desk (it may belong to another agent).</source>
        <translation>Die Unterhaltung %1 ist nicht auf diesem Desk (sie gehört vielleicht einem anderen Agenten).</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Wählen Sie zuerst eine Unterhaltung.</translation>
    </message>
    <message>
        <source>Playing the customer works with the built-in demo hub (File → Use the Demo Hub).</source>
        <translation>Den Kunden spielen geht mit dem eingebauten Demo-Hub (Datei → Demo-Hub verwenden).</translation>
    </message>
    <message>
        <source>Demo hub</source>
        <translation>Demo-Hub</translation>
    </message>
    <message>
        <source>Sign-in requests are unavailable: %1</source>
        <translation>Anmeldeanfragen sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Signet</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>The built-in demo hub could not start:
%1</source>
        <translation>Der eingebaute Demo-Hub konnte nicht starten:
%1</translation>
    </message>
    <message>
        <source>Priya (demo supervisor)</source>
        <translation>Priya (Demo-Supervisorin)</translation>
    </message>
    <message>
        <source>Alex (demo agent)</source>
        <translation>Alex (Demo-Agent)</translation>
    </message>
    <message>
        <source>The identity provider must be reached over https://: %1</source>
        <translation>Der Identitätsanbieter muss über https:// erreicht werden: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s client secret could not be read: %1</source>
        <translation>Das Client-Secret des Identitätsanbieters konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The saved password could not be read: %1</source>
        <translation>Das gespeicherte Passwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>Das Passwort wurde nicht gemerkt: %1</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 ist bestätigt.</translation>
    </message>
    <message>
        <source>The demo conversations did not arrive in time.</source>
        <translation>Die Demo-Unterhaltungen sind nicht rechtzeitig eingetroffen.</translation>
    </message>
    <message>
        <source>Hi Maya, I&apos;m sorry about that. Let me look into order #4417 for you.</source>
        <translation>Hallo Maya, das tut mir leid. Ich sehe mir Bestellung #4417 für Sie an.</translation>
    </message>
    <message>
        <source>The demo customer did not answer in time.</source>
        <translation>Die Demo-Kundin hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>A sign-in request is not possible: %1</source>
        <translation>Eine Anmeldeanfrage ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>no key ring</source>
        <translation>kein Schlüsselring</translation>
    </message>
    <message>
        <source>The demo customer did not sign in: %1</source>
        <translation>Die Demo-Kundin hat sich nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The customer&apos;s history did not load.</source>
        <translation>Die Historie des Kunden wurde nicht geladen.</translation>
    </message>
    <message>
        <source>The earlier conversation did not open.</source>
        <translation>Die frühere Unterhaltung wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The supervisor&apos;s live view did not load in time.</source>
        <translation>Die Live-Ansicht des Supervisors wurde nicht rechtzeitig geladen.</translation>
    </message>
    <message>
        <source>Maya is a gold customer: the duplicate charge can be refunded today.</source>
        <translation>Maya ist Gold-Kundin: Die doppelte Abbuchung kann heute erstattet werden.</translation>
    </message>
    <message>
        <source>Cannot open the link: %1</source>
        <translation>Der Link kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The new language applies when Signet starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Signet.</translation>
    </message>
    <message>
        <source>the server did not answer.</source>
        <translation>der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Preferences → Sign-in requests → Image hosts</source>
        <translation>Einstellungen → Anmeldeanfragen → Bild-Hosts</translation>
    </message>
    <message>
        <source>the team file on the hub (imageHosts), which its administrator keeps</source>
        <translation>der Team-Datei des Hubs (imageHosts), die dessen Administrator pflegt</translation>
    </message>
    <message numerus="yes">
        <source>%n demo customers are waiting</source>
        <translation>
            <numerusform>%n Demo-Kunde wartet</numerusform>
            <numerusform>%n Demo-Kunden warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted the conversation with %1</source>
        <translation>Unterhaltung mit %1 angenommen</translation>
    </message>
    <message>
        <source>Replied; the customer answered</source>
        <translation>Geantwortet; die Kundin hat geantwortet</translation>
    </message>
    <message>
        <source>Asking the customer to sign in</source>
        <translation>Die Kundin wird um Anmeldung gebeten</translation>
    </message>
    <message>
        <source>The customer signed in: authenticated as %1, checked with the identity provider</source>
        <translation>Die Kundin hat sich angemeldet: authentifiziert als %1, beim Identitätsanbieter geprüft</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::DesktopAttention</name>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show Message &amp;Text in Notifications</source>
        <translation>Nachrichten&amp;text in Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <source>Notification &amp;Sound</source>
        <translation>Benachrichtigungs&amp;ton</translation>
    </message>
    <message>
        <source>Icon in the System &amp;Tray</source>
        <translation>Symbol im &amp;Infobereich der Leiste</translation>
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
        <translation>Ein Kunde wartet auf einen Agenten.</translation>
    </message>
    <message>
        <source>Open Signet to read it.</source>
        <translation>Öffnen Sie Signet, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::HistoryDelegate</name>
    <message>
        <source>✓ verified</source>
        <translation>✓ bestätigt</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Kein Agent</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signet::Ui::HistoryPanel</name>
    <message>
        <source>&amp;Open Transcript</source>
        <translation>Verlauf ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Once the customer signs in, their conversations on every channel appear here.</source>
        <translation>Sobald sich der Kunde anmeldet, erscheinen hier seine Unterhaltungen auf allen Kanälen.</translation>
    </message>
    <message>
        <source>Loading %1&apos;s history…</source>
        <translation>Historie von %1 wird geladen …</translation>
    </message>
    <message>
        <source>No earlier conversations with %1.</source>
        <translation>Keine früheren Unterhaltungen mit %1.</translation>
    </message>
    <message>
        <source>1 earlier conversation with %1, on every channel:</source>
        <translation>1 frühere Unterhaltung mit %1, auf allen Kanälen:</translation>
    </message>
    <message>
        <source>%1 earlier conversations with %2, on every channel:</source>
        <translation>%1 frühere Unterhaltungen mit %2, auf allen Kanälen:</translation>
    </message>
    <message>
        <source>Open the chosen earlier conversation beside this one</source>
        <translation>Die gewählte frühere Unterhaltung neben dieser öffnen</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::IdentityPage</name>
    <message>
        <source>Optional: …/introspect, for the sign-in&apos;s expiry</source>
        <translation>Optional: …/introspect, für den Ablauf der Anmeldung</translation>
    </message>
    <message>
        <source>Type to replace the stored secret</source>
        <translation>Tippen, um das gespeicherte Secret zu ersetzen</translation>
    </message>
    <message>
        <source>The built-in demo hub is its own identity provider; these settings are for desks on a team&apos;s hub, whose customers sign in with the brand&apos;s provider.</source>
        <translation>Der eingebaute Demo-Hub ist sein eigener Identitätsanbieter; diese Einstellungen sind für Desks am Hub eines Teams, dessen Kunden sich beim Anbieter der Marke anmelden.</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>&amp;Aussteller</translation>
    </message>
    <message>
        <source>&amp;Userinfo URL</source>
        <translation>&amp;Userinfo-URL</translation>
    </message>
    <message>
        <source>I&amp;ntrospection URL</source>
        <translation>I&amp;ntrospektions-URL</translation>
    </message>
    <message>
        <source>&amp;Client id</source>
        <translation>&amp;Client-ID</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>Client-&amp;Secret</translation>
    </message>
    <message>
        <source>The secret, when set, is kept in the system keychain.</source>
        <translation>Das Secret wird, wenn gesetzt, im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Userinfo URL: %1</source>
        <translation>Userinfo-URL: %1</translation>
    </message>
    <message>
        <source>Introspection URL: %1</source>
        <translation>Introspektions-URL: %1</translation>
    </message>
    <message>
        <source>Enter the issuer too: tokens are checked against it.</source>
        <translation>Geben Sie auch den Aussteller ein: Tokens werden gegen ihn geprüft.</translation>
    </message>
    <message>
        <source>Introspection needs the desk&apos;s client id.</source>
        <translation>Die Introspektion braucht die Client-ID des Desks.</translation>
    </message>
    <message>
        <source>The new secret is in the system keychain.</source>
        <translation>Das neue Secret ist im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The secret was not saved: %1</source>
        <translation>Das Secret wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>The desk&apos;s client id at the provider, for introspection</source>
        <translation>Die Client-ID des Desks beim Anbieter, für die Introspektion</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::LiveFilterBar</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifiziert</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Apple Messages</source>
        <translation>Apple Messages</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Web-Chat</translation>
    </message>
    <message>
        <source>Any wait</source>
        <translation>Beliebige Wartezeit</translation>
    </message>
    <message>
        <source>Waiting 1 min+</source>
        <translation>Wartet 1 Min.+</translation>
    </message>
    <message>
        <source>Waiting 5 min+</source>
        <translation>Wartet 5 Min.+</translation>
    </message>
    <message>
        <source>Waiting 15 min+</source>
        <translation>Wartet 15 Min.+</translation>
    </message>
    <message>
        <source>Any sign-in</source>
        <translation>Beliebige Anmeldung</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Nicht authentifiziert</translation>
    </message>
    <message>
        <source>Sign-in expired</source>
        <translation>Anmeldung abgelaufen</translation>
    </message>
    <message>
        <source>Show one channel&apos;s conversations</source>
        <translation>Die Unterhaltungen eines Kanals zeigen</translation>
    </message>
    <message>
        <source>Show the conversations one agent handles, or those waiting for one</source>
        <translation>Die Unterhaltungen eines Agenten zeigen oder die, die auf einen warten</translation>
    </message>
    <message>
        <source>Show the conversations of one skill</source>
        <translation>Die Unterhaltungen eines Skills zeigen</translation>
    </message>
    <message>
        <source>Show customers who have waited at least this long for an answer</source>
        <translation>Kunden zeigen, die mindestens so lange auf eine Antwort warten</translation>
    </message>
    <message>
        <source>Show customers by whether they proved who they are</source>
        <translation>Kunden danach zeigen, ob sie ihre Identität nachgewiesen haben</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Die Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>Wartet auf einen Agenten</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Alle Skills</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>All %1 shown</source>
        <translation>Alle %1 angezeigt</translation>
    </message>
    <message>
        <source>Show every conversation again</source>
        <translation>Wieder alle Unterhaltungen zeigen</translation>
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
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.
New customers ring here as they arrive.</source>
        <translation>Wählen Sie links eine Unterhaltung.
Neue Kunden klingeln hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Request &amp;Sign-in…</source>
        <translation>Um &amp;Anmeldung bitten …</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Cancel &amp;Request</source>
        <translation>Anfrage abb&amp;rechen</translation>
    </message>
    <message>
        <source>Sign-in request not sent: %1</source>
        <translation>Anmeldeanfrage nicht gesendet: %1</translation>
    </message>
    <message>
        <source>&amp;Join as Manager</source>
        <translation>Als Manager &amp;beitreten</translation>
    </message>
    <message>
        <source>Join the conversation so that you can write to the customer</source>
        <translation>Der Unterhaltung beitreten, um dem Kunden schreiben zu können</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Verlassen</translation>
    </message>
    <message>
        <source>Leave the conversation and go back to monitoring it</source>
        <translation>Die Unterhaltung verlassen und wieder nur mitlesen</translation>
    </message>
    <message>
        <source>Private &amp;Note</source>
        <translation>Interne &amp;Notiz</translation>
    </message>
    <message>
        <source>Close the earlier conversation</source>
        <translation>Die frühere Unterhaltung schließen</translation>
    </message>
    <message>
        <source>Earlier conversation</source>
        <translation>Frühere Unterhaltung</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>K&amp;unde</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden …</translation>
    </message>
    <message>
        <source>Use the &amp;Demo Hub</source>
        <translation>&amp;Demo-Hub verwenden</translation>
    </message>
    <message>
        <source>Use the Demo Hub as &amp;Supervisor</source>
        <translation>Demo-Hub als &amp;Supervisor verwenden</translation>
    </message>
    <message>
        <source>Try the supervisor&apos;s live view and transcript review on the built-in demo hub</source>
        <translation>Die Live-Ansicht und die Verlaufsprüfung des Supervisors auf dem eingebauten Demo-Hub ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Close Conversation…</source>
        <translation>Unterhaltung &amp;schließen …</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Übergeben …</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>&amp;Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Leave Conversation</source>
        <translation>Unterhaltung &amp;verlassen</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Transcripts…</source>
        <translation>&amp;Verläufe …</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Play the Customer…</source>
        <translation>Den Kunden &amp;spielen …</translation>
    </message>
    <message>
        <source>Open the current customer&apos;s side of the chat in your browser (built-in demo hub)</source>
        <translation>Die Seite des aktuellen Kunden im Browser öffnen (eingebauter Demo-Hub)</translation>
    </message>
    <message>
        <source>&amp;About Signet</source>
        <translation>&amp;Über Signet</translation>
    </message>
    <message>
        <source>About Signet</source>
        <translation>Über Signet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signet %1&lt;/h3&gt;&lt;p&gt;The agent desk for authenticated conversations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Signet %1&lt;/h3&gt;&lt;p&gt;Der Agent-Desk für authentifizierte Unterhaltungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Private note from %1 about %2: %3</source>
        <translation>Interne Notiz von %1 zu %2: %3</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>einem Kunden</translation>
    </message>
    <message>
        <source>%1 is waiting. Accept the conversation to answer.</source>
        <translation>%1 wartet. Nehmen Sie die Unterhaltung an, um zu antworten.</translation>
    </message>
    <message>
        <source>You joined as manager: the customer sees what you send.</source>
        <translation>Sie sind als Manager beigetreten: Der Kunde sieht, was Sie senden.</translation>
    </message>
    <message>
        <source>Monitoring: no agent has accepted yet. The customer does not see you, and nothing is marked read.</source>
        <translation>Mitlesen: Noch kein Agent hat angenommen. Der Kunde sieht Sie nicht, und nichts wird als gelesen markiert.</translation>
    </message>
    <message>
        <source>Monitoring: %1 and the customer do not see you, and nothing is marked read. Private notes reach %1 only.</source>
        <translation>Mitlesen: %1 und der Kunde sehen Sie nicht, und nichts wird als gelesen markiert. Interne Notizen erreichen nur %1.</translation>
    </message>
    <message>
        <source>Send &amp;Note</source>
        <translation>&amp;Notiz senden</translation>
    </message>
    <message>
        <source>Private note to the agent and supervisors; the customer never sees it</source>
        <translation>Interne Notiz an den Agenten und die Supervisoren; der Kunde sieht sie nie</translation>
    </message>
    <message>
        <source>This conversation is closed.</source>
        <translation>Diese Unterhaltung ist geschlossen.</translation>
    </message>
    <message>
        <source>Another agent is handling this conversation.</source>
        <translation>Ein anderer Agent betreut diese Unterhaltung.</translation>
    </message>
    <message>
        <source>You joined the conversation as manager.</source>
        <translation>Sie sind der Unterhaltung als Manager beigetreten.</translation>
    </message>
    <message>
        <source>You left the conversation; you are monitoring it.</source>
        <translation>Sie haben die Unterhaltung verlassen; Sie lesen mit.</translation>
    </message>
    <message>
        <source>Ask the customer to sign in (%1)</source>
        <translation>Den Kunden um eine Anmeldung bitten (%1)</translation>
    </message>
    <message>
        <source>Sign-in is not available: %1</source>
        <translation>Anmeldung ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s sign-in has expired. Ask them to sign in again to see their history.</source>
        <translation>Die Anmeldung des Kunden ist abgelaufen. Bitten Sie ihn erneut um eine Anmeldung, um seine Historie zu sehen.</translation>
    </message>
    <message>
        <source>Once the customer signs in, their conversations on every channel appear here.</source>
        <translation>Sobald sich der Kunde anmeldet, erscheinen hier seine Unterhaltungen auf allen Kanälen.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Die Historie konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The earlier conversation could not be opened: %1</source>
        <translation>Die frühere Unterhaltung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Kein Agent</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>Sign-in request sent.</source>
        <translation>Anmeldeanfrage gesendet.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting to be sent</source>
        <translation>
            <numerusform> · %n wartet auf den Versand</numerusform>
            <numerusform> · %n warten auf den Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>Search, review and export transcripts</source>
        <translation>Verläufe durchsuchen, prüfen und exportieren</translation>
    </message>
    <message>
        <source>For supervisors</source>
        <translation>Für Supervisoren</translation>
    </message>
    <message>
        <source>The conversation was transferred.</source>
        <translation>Die Unterhaltung wurde übergeben.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 tippt …</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <source>Your conversations and those waiting for an agent; offers and the longest waits first</source>
        <translation>Ihre Unterhaltungen und die, die auf einen Agenten warten; Angebote und die längsten Wartezeiten zuerst</translation>
    </message>
    <message>
        <source>The messages of the conversation, oldest first</source>
        <translation>Die Nachrichten der Unterhaltung, älteste zuerst</translation>
    </message>
    <message>
        <source>Take the conversation: the customer is then yours to answer</source>
        <translation>Die Unterhaltung übernehmen: Dann antworten Sie dem Kunden</translation>
    </message>
    <message>
        <source>What you write to the customer, or to colleagues as a private note; / inserts a canned response</source>
        <translation>Was Sie dem Kunden schreiben, oder Kollegen als interne Notiz; / fügt einen Textbaustein ein</translation>
    </message>
    <message>
        <source>Send what is in the message box (Enter)</source>
        <translation>Senden, was im Nachrichtenfeld steht (Eingabe)</translation>
    </message>
    <message>
        <source>Send the same sign-in request again</source>
        <translation>Dieselbe Anmeldeanfrage erneut senden</translation>
    </message>
    <message>
        <source>Withdraw the request: an answer to it will be refused</source>
        <translation>Die Anfrage zurückziehen: Eine Antwort darauf wird abgelehnt</translation>
    </message>
    <message>
        <source>An earlier conversation, read-only</source>
        <translation>Eine frühere Unterhaltung, nur lesen</translation>
    </message>
    <message>
        <source>Who the customer is, their device and their sign-in</source>
        <translation>Wer der Kunde ist, sein Gerät und seine Anmeldung</translation>
    </message>
    <message>
        <source>The verified customer&apos;s earlier conversations on every channel</source>
        <translation>Die früheren Unterhaltungen des bestätigten Kunden auf allen Kanälen</translation>
    </message>
    <message>
        <source>The customer signed in on the chat page</source>
        <translation>Der Kunde hat sich auf der Chat-Seite angemeldet</translation>
    </message>
    <message>
        <source>Signed in (recorded by the hub)</source>
        <translation>Angemeldet (vom Hub festgehalten)</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>&amp;Vorherige Unterhaltung</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::NetworkImageLoader</name>
    <message>
        <source>Only https images are loaded.</source>
        <translation>Es werden nur https-Bilder geladen.</translation>
    </message>
    <message>
        <source>The image could not be loaded: %1</source>
        <translation>Das Bild konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The address did not return an image.</source>
        <translation>Die Adresse hat kein Bild geliefert.</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::NotificationsPage</name>
    <message>
        <source>Show desktop &amp;notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Den Nachrichten&amp;text in Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <source>Play the notification &amp;sound</source>
        <translation>Den Benachrichtigungs&amp;ton abspielen</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Ein Symbol im &amp;Infobereich der Leiste zeigen</translation>
    </message>
    <message>
        <source>New conversations, and messages in conversations not on screen, through the desktop&apos;s notification service.</source>
        <translation>Neue Unterhaltungen und Nachrichten in Unterhaltungen, die nicht angezeigt werden, über den Benachrichtigungsdienst des Desktops.</translation>
    </message>
    <message>
        <source>Off: notifications say who wrote, never what (for shared screens and lock screens).</source>
        <translation>Aus: Benachrichtigungen sagen, wer geschrieben hat, nie was (für geteilte Bildschirme und Sperrbildschirme).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Amber after (seconds)</source>
        <translation>Gelb nach (Sekunden)</translation>
    </message>
    <message>
        <source>Red after (seconds)</source>
        <translation>Rot nach (Sekunden)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Waiting customers</source>
        <translation>Wartende Kunden</translation>
    </message>
    <message>
        <source>&amp;Amber after</source>
        <translation>&amp;Gelb nach</translation>
    </message>
    <message>
        <source>&amp;Red after</source>
        <translation>&amp;Rot nach</translation>
    </message>
    <message>
        <source>How long a customer has waited for an answer before the list marks the conversation.</source>
        <translation>Wie lange ein Kunde auf eine Antwort gewartet hat, bevor die Liste die Unterhaltung markiert.</translation>
    </message>
    <message>
        <source>Red must come after amber: set “Red after” to %1 s or more.</source>
        <translation>Rot muss nach Gelb kommen: Setzen Sie „Rot nach“ auf %1 s oder mehr.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Seconds of waiting before the list marks the conversation amber</source>
        <translation>Sekunden Wartezeit, bevor die Liste die Unterhaltung gelb markiert</translation>
    </message>
    <message>
        <source>Seconds of waiting before the list marks the conversation red</source>
        <translation>Sekunden Wartezeit, bevor die Liste die Unterhaltung rot markiert</translation>
    </message>
    <message>
        <source>The notification service plays its message sound</source>
        <translation>Der Benachrichtigungsdienst spielt seinen Nachrichtenton</translation>
    </message>
    <message>
        <source>The tray icon counts unread messages and offers</source>
        <translation>Das Symbol im Infobereich zählt ungelesene Nachrichten und Angebote</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ReviewWindow</name>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Transcript Review — Signet</source>
        <translation>Verlaufsprüfung — Signet</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, prefix*</source>
        <translation>Wörter, &quot;eine Wendung&quot;, Präfix*</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Suchwörter</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>Verified identity (subject)</source>
        <translation>Bestätigte Identität (Subjekt)</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Agenten-ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Beliebiger Kanal</translation>
    </message>
    <message>
        <source>Apple Messages</source>
        <translation>Apple Messages</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Web-Chat</translation>
    </message>
    <message>
        <source>Any sign-in</source>
        <translation>Beliebige Anmeldung</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Sign-in expired</source>
        <translation>Anmeldung abgelaufen</translation>
    </message>
    <message>
        <source>Sign-in failed or refused</source>
        <translation>Anmeldung fehlgeschlagen oder abgelehnt</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Conversations found</source>
        <translation>Gefundene Unterhaltungen</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sign-in timeline</source>
        <translation>Zeitleiste der Anmeldung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentication timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeitleiste der Authentifizierung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Results…</source>
        <translation>&amp;Ergebnisse exportieren …</translation>
    </message>
    <message>
        <source>Every conversation found, as one verifiable JSON export</source>
        <translation>Alle gefundenen Unterhaltungen als ein überprüfbarer JSON-Export</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>History reads</source>
        <translation>Abrufe der Kundenhistorie</translation>
    </message>
    <message>
        <source>Transcript reads</source>
        <translation>Abrufe von Verläufen</translation>
    </message>
    <message>
        <source>Searches and refusals</source>
        <translation>Suchen und Ablehnungen</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Conversation id</source>
        <translation>Unterhaltungs-ID</translation>
    </message>
    <message>
        <source>Actor (agent id, hub, customer:…)</source>
        <translation>Akteur (Agenten-ID, hub, customer:…)</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>CS&amp;V exportieren …</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>&amp;Transcripts</source>
        <translation>&amp;Verläufe</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>Search what customers and agents said, or filter the conversations.</source>
        <translation>Durchsuchen Sie, was Kunden und Agenten gesagt haben, oder filtern Sie die Unterhaltungen.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>The search did not run: %1</source>
        <translation>Die Suche wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>The %1 newest conversations found (more match: narrow the search).</source>
        <translation>Die %1 neuesten gefundenen Unterhaltungen (es gibt mehr Treffer: grenzen Sie die Suche ein).</translation>
    </message>
    <message>
        <source>1 conversation found.</source>
        <translation>1 Unterhaltung gefunden.</translation>
    </message>
    <message>
        <source>%1 conversations found.</source>
        <translation>%1 Unterhaltungen gefunden.</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ bestätigt</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Kein Agent</translation>
    </message>
    <message>
        <source>The transcript could not be opened: %1</source>
        <translation>Der Verlauf konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The transcript could not be read.</source>
        <translation>Der Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The customer did not sign in.</source>
        <translation>Der Kunde hat sich nicht angemeldet.</translation>
    </message>
    <message>
        <source>Verified as %1 — %2 at %3</source>
        <translation>Bestätigt als %1 — %2 um %3</translation>
    </message>
    <message>
        <source>Export hash %1</source>
        <translation>Export-Hash %1</translation>
    </message>
    <message>
        <source>No sign-in in this conversation.</source>
        <translation>Keine Anmeldung in dieser Unterhaltung.</translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Open a transcript first.</source>
        <translation>Öffnen Sie zuerst einen Verlauf.</translation>
    </message>
    <message>
        <source>Authentication timeline</source>
        <translation>Zeitleiste der Authentifizierung</translation>
    </message>
    <message>
        <source>Export hash: %1</source>
        <translation>Export-Hash: %1</translation>
    </message>
    <message>
        <source>Exported %1 by %2; the JSON export of the same transcript can be checked with signet-hub verify-export.</source>
        <translation>Exportiert am %1 von %2; der JSON-Export desselben Verlaufs lässt sich mit signet-hub verify-export prüfen.</translation>
    </message>
    <message>
        <source>Private note (agents only)</source>
        <translation>Interne Notiz (nur Agenten)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>[sign-in request]</source>
        <translation>[Anmeldeanfrage]</translation>
    </message>
    <message>
        <source>Transcript %1</source>
        <translation>Verlauf %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Search first: there are no results to export.</source>
        <translation>Suchen Sie zuerst: Es gibt keine Ergebnisse zum Exportieren.</translation>
    </message>
    <message>
        <source>Results export as JSON or CSV; open a transcript for its PDF.</source>
        <translation>Ergebnisse werden als JSON oder CSV exportiert; öffnen Sie einen Verlauf für sein PDF.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 entries. The log&apos;s hash chain is intact.</source>
        <translation>%1 Einträge. Die Hash-Kette des Protokolls ist intakt.</translation>
    </message>
    <message>
        <source>%1 entries. THE AUDIT LOG WAS CHANGED: %2</source>
        <translation>%1 Einträge. DAS PRÜFPROTOKOLL WURDE VERÄNDERT: %2</translation>
    </message>
    <message>
        <source>Load the audit log first.</source>
        <translation>Laden Sie zuerst das Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Only conversations on this channel</source>
        <translation>Nur Unterhaltungen auf diesem Kanal</translation>
    </message>
    <message>
        <source>Only conversations with this sign-in outcome</source>
        <translation>Nur Unterhaltungen mit diesem Anmeldeergebnis</translation>
    </message>
    <message>
        <source>Only conversations started in this period</source>
        <translation>Nur Unterhaltungen, die in diesem Zeitraum begonnen haben</translation>
    </message>
    <message>
        <source>Search with the words and filters above</source>
        <translation>Mit den Wörtern und Filtern oben suchen</translation>
    </message>
    <message>
        <source>Choose one to read its transcript</source>
        <translation>Wählen Sie eine, um ihren Verlauf zu lesen</translation>
    </message>
    <message>
        <source>The conversation as it was, read-only</source>
        <translation>Die Unterhaltung, wie sie war, nur lesen</translation>
    </message>
    <message>
        <source>Every step of the sign-ins in this conversation</source>
        <translation>Jeder Schritt der Anmeldungen in dieser Unterhaltung</translation>
    </message>
    <message>
        <source>This transcript as a verifiable JSON export</source>
        <translation>Dieser Verlauf als überprüfbarer JSON-Export</translation>
    </message>
    <message>
        <source>This transcript as a spreadsheet</source>
        <translation>Dieser Verlauf als Tabelle</translation>
    </message>
    <message>
        <source>This transcript as a printable document</source>
        <translation>Dieser Verlauf als druckbares Dokument</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>Only entries of this kind</source>
        <translation>Nur Einträge dieser Art</translation>
    </message>
    <message>
        <source>Only entries about this conversation</source>
        <translation>Nur Einträge zu dieser Unterhaltung</translation>
    </message>
    <message>
        <source>Only entries by this actor</source>
        <translation>Nur Einträge dieses Akteurs</translation>
    </message>
    <message>
        <source>Load the entries and check the log&apos;s hash chain</source>
        <translation>Die Einträge laden und die Hash-Kette des Protokolls prüfen</translation>
    </message>
    <message>
        <source>The entries shown, as a spreadsheet</source>
        <translation>Die angezeigten Einträge als Tabelle</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Who did what, newest first</source>
        <translation>Wer was getan hat, neueste zuerst</translation>
    </message>
    <message>
        <source>Search and read transcripts</source>
        <translation>Verläufe suchen und lesen</translation>
    </message>
    <message>
        <source>The hub&apos;s audit log and the check of its chain</source>
        <translation>Das Prüfprotokoll des Hubs und die Prüfung seiner Kette</translation>
    </message>
    <message>
        <source>asserted by an agent, not verified</source>
        <translation>von einem Agenten behauptet, nicht verifiziert</translation>
    </message>
    <message>
        <source>Not verified by the hub: %1 said the customer is %2 (%3 at %4)</source>
        <translation>Nicht vom Hub verifiziert: %1 gab an, der Kunde sei %2 (%3 bei %4)</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>ein Agent</translation>
    </message>
    <message>
        <source>Choose a conversation to read its transcript.</source>
        <translation>Wählen Sie ein Gespräch, um sein Protokoll zu lesen.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>The review window was closed.</source>
        <translation>Das Prüffenster wurde geschlossen.</translation>
    </message>
    <message>
        <source>The hub sent no transcript.</source>
        <translation>Der Hub hat kein Protokoll gesendet.</translation>
    </message>
    <message>
        <source>someone no longer on the team</source>
        <translation>jemand, der nicht mehr im Team ist</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ServersPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Gespeicherte Server</translation>
    </message>
    <message>
        <source>Optional: SHA256:AB:CD:… for a self-signed server</source>
        <translation>Optional: SHA256:AB:CD:… für einen selbstsignierten Server</translation>
    </message>
    <message>
        <source>Connect to this server (asks for the password)</source>
        <translation>Mit diesem Server verbinden (fragt nach dem Passwort)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>Server-&amp;URL</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>K&amp;onto</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>Zertifikat-&amp;Fingerabdruck</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Every server needs a name.</source>
        <translation>Jeder Server braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: enter the account (signet for a signet-hub).</source>
        <translation>%1: Geben Sie das Konto ein (signet für einen signet-hub).</translation>
    </message>
    <message>
        <source>%1: a certificate fingerprint needs an https:// address.</source>
        <translation>%1: Ein Zertifikat-Fingerabdruck braucht eine https://-Adresse.</translation>
    </message>
    <message>
        <source>There are two servers named “%1”.</source>
        <translation>Es gibt zwei Server namens „%1“.</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The servers you connect to by name</source>
        <translation>Die Server, mit denen Sie sich per Name verbinden</translation>
    </message>
    <message>
        <source>Add a server to the list</source>
        <translation>Einen Server zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Remove the chosen server from the list</source>
        <translation>Den gewählten Server aus der Liste entfernen</translation>
    </message>
    <message>
        <source>What the server is called in the connection dialog</source>
        <translation>Wie der Server im Verbindungsdialog heißt</translation>
    </message>
    <message>
        <source>Your user name on that server</source>
        <translation>Ihr Benutzername auf diesem Server</translation>
    </message>
    <message>
        <source>Connect &amp;to</source>
        <translation>&amp;Verbinden mit</translation>
    </message>
    <message>
        <source>A&amp;ccount ID</source>
        <translation>K&amp;onto-ID</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>The client secret was not saved in the keychain: %1</source>
        <translation>Das Client-Secret wurde nicht im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a page of settings</source>
        <translation>Eine Seite der Einstellungen wählen</translation>
    </message>
    <message>
        <source>Save every page and close</source>
        <translation>Alle Seiten speichern und schließen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <source>Save every page and keep the dialog open</source>
        <translation>Alle Seiten speichern und den Dialog offen lassen</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ShortcutsPage</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Every menu command that has a keyboard shortcut</source>
        <translation>Jeder Menübefehl, der ein Tastenkürzel hat</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::SignInPage</name>
    <message>
        <source>Make &amp;Default</source>
        <translation>Als &amp;Standard</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The business name customers see</source>
        <translation>Der Firmenname, den Kunden sehen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Image hosts, one per line</source>
        <translation>Bild-Hosts, einer pro Zeile</translation>
    </message>
    <message>
        <source>Brand presets</source>
        <translation>Markenvorlagen</translation>
    </message>
    <message>
        <source>Double-click a preset (or press F2) to rename it.</source>
        <translation>Doppelklicken Sie auf eine Vorlage (oder drücken Sie F2), um sie umzubenennen.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Firmenname</translation>
    </message>
    <message>
        <source>Requests &amp;expire after</source>
        <translation>Anfragen laufen &amp;ab nach</translation>
    </message>
    <message>
        <source>&amp;Image hosts</source>
        <translation>&amp;Bild-Hosts</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Image hosts: %1 Write one host name per line, without https://.</source>
        <translation>Bild-Hosts: %1 Schreiben Sie einen Hostnamen pro Zeile, ohne https://.</translation>
    </message>
    <message>
        <source>Every brand preset needs a name.</source>
        <translation>Jede Markenvorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>There are two brand presets named “%1”.</source>
        <translation>Es gibt zwei Markenvorlagen namens „%1“.</translation>
    </message>
    <message>
        <source>Sign-in requests</source>
        <translation>Anmeldeanfragen</translation>
    </message>
    <message>
        <source>How long a sign-in request waits for the customer</source>
        <translation>Wie lange eine Anmeldeanfrage auf den Kunden wartet</translation>
    </message>
    <message>
        <source>Hosts that bubble images may come from; a host also allows its subdomains</source>
        <translation>Hosts, von denen Bilder der Blasen kommen dürfen; ein Host erlaubt auch seine Subdomains</translation>
    </message>
    <message>
        <source>Use the chosen preset when the composer opens</source>
        <translation>Die gewählte Vorlage beim Öffnen des Composers verwenden</translation>
    </message>
    <message>
        <source>Remove the chosen preset</source>
        <translation>Die gewählte Vorlage entfernen</translation>
    </message>
    <message>
        <source>The presets the sign-in composer offers; F2 renames the chosen one</source>
        <translation>Die Vorlagen, die der Anmelde-Composer anbietet; F2 benennt die gewählte um</translation>
    </message>
    <message>
        <source>Your team&apos;s hub allows no images in sign-in bubbles. Its administrator adds hosts to its team file (imageHosts).</source>
        <translation>Der Hub Ihres Teams erlaubt keine Bilder in Anmeldeblasen. Seine Administration trägt Hosts in seine Team-Datei ein (imageHosts).</translation>
    </message>
    <message>
        <source>Set by your team&apos;s hub, which refuses images from any other host. Its administrator changes the list in its team file (imageHosts).</source>
        <translation>Vom Hub Ihres Teams festgelegt, der Bilder von allen anderen Hosts ablehnt. Seine Administration ändert die Liste in seiner Team-Datei (imageHosts).</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::TransferDialog</name>
    <message>
        <source>To a &amp;colleague who is online</source>
        <translation>An einen &amp;Kollegen, der online ist</translation>
    </message>
    <message>
        <source>Back to the &amp;queue of a skill</source>
        <translation>Zurück in die &amp;Warteschlange eines Skills</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>%1 übergeben</translation>
    </message>
    <message>
        <source>Colleagues online</source>
        <translation>Kollegen online</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Asking who is online…</source>
        <translation>Wer ist online? …</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Übergeben</translation>
    </message>
    <message>
        <source>%1 keeps the whole conversation; you will no longer see it.</source>
        <translation>%1 behält die ganze Unterhaltung; Sie sehen sie danach nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (supervisor)</source>
        <translation>%1 (Supervisor)</translation>
    </message>
    <message>
        <source>No colleague is online just now.</source>
        <translation>Gerade ist kein Kollege online.</translation>
    </message>
    <message>
        <source>Who is online is not known: %1</source>
        <translation>Wer online ist, ist nicht bekannt: %1</translation>
    </message>
    <message>
        <source>The colleague gets the conversation at once</source>
        <translation>Der Kollege erhält die Unterhaltung sofort</translation>
    </message>
    <message>
        <source>Every other online agent is offered the conversation</source>
        <translation>Allen anderen Agenten, die online sind, wird die Unterhaltung angeboten</translation>
    </message>
    <message>
        <source>Colleagues who are online now</source>
        <translation>Kollegen, die gerade online sind</translation>
    </message>
    <message>
        <source>The skill whose queue the conversation joins</source>
        <translation>Der Skill, in dessen Warteschlange die Unterhaltung kommt</translation>
    </message>
    <message>
        <source>Hand the conversation on</source>
        <translation>Die Unterhaltung übergeben</translation>
    </message>
    <message>
        <source>Keep the conversation</source>
        <translation>Die Unterhaltung behalten</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::TrayIcon</name>
    <message>
        <source>&amp;Show Signet</source>
        <translation>Signet &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n neue Unterhaltung</numerusform>
            <numerusform>%n neue Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Signet: nothing waiting</source>
        <translation>Signet: nichts wartet</translation>
    </message>
    <message>
        <source>Signet: %1</source>
        <translation>Signet: %1</translation>
    </message>
</context>
</TS>
