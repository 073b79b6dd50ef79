<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddressCheck</name>
    <message>
        <source>Enter an address.</source>
        <translation>Saisissez une adresse.</translation>
    </message>
    <message>
        <source>“%1” is not an address like https://host.example.com</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse comme https://host.example.com</translation>
    </message>
    <message>
        <source>Use https:// for %1 — unencrypted connections are only allowed to this computer.</source>
        <translation>Utilisez https:// pour %1 — les connexions non chiffrées ne sont permises que vers cet ordinateur.</translation>
    </message>
    <message>
        <source>“%1” is not a host name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Enter the account ID.</source>
        <translation>Saisissez l&apos;identifiant du compte.</translation>
    </message>
    <message>
        <source>The account ID is letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (LivePerson&apos;s are digits, like 12345678).</source>
        <translation>L&apos;identifiant du compte se compose de lettres, de chiffres, de «&#xa0;.&#xa0;», «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;» (ceux de LivePerson sont des chiffres, comme 12345678).</translation>
    </message>
    <message>
        <source>Enter the discovery domain (for LivePerson, adminlogin.liveperson.net).</source>
        <translation>Saisissez le domaine de découverte (pour LivePerson, adminlogin.liveperson.net).</translation>
    </message>
    <message>
        <source>The discovery domain is a host name, with a port if needed: adminlogin.liveperson.net or hub.example.com:8443</source>
        <translation>Le domaine de découverte est un nom d&apos;hôte, avec un port si besoin&#xa0;: adminlogin.liveperson.net ou hub.example.com:8443</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>“%1” is not a signet:// link.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un lien signet://.</translation>
    </message>
    <message>
        <source>Signet links look like signet://conversation/&lt;id&gt;.</source>
        <translation>Les liens Signet ont cette forme&#xa0;: signet://conversation/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de conversation.</translation>
    </message>
    <message>
        <source>Sign-in requested (%1 bubble, &quot;%2&quot;)</source>
        <translation>Connexion demandée (bulle %1, «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Customer opened the login page (%1)</source>
        <translation>Le client a ouvert la page de connexion (%1)</translation>
    </message>
    <message>
        <source>Answered with an encrypted token</source>
        <translation>Réponse avec un jeton chiffré</translation>
    </message>
    <message>
        <source>Answered: failed — %1</source>
        <translation>Réponse&#xa0;: échec — %1</translation>
    </message>
    <message>
        <source>Verified as %1 (%2), expires %3</source>
        <translation>Vérifié comme %1 (%2), expire %3</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not verified by the hub: the agent said %1 (%2)</source>
        <translation>Non vérifié par le hub : l&apos;agent a indiqué %1 (%2)</translation>
    </message>
    <message>
        <source>The agent&apos;s desk confirmed the identity the hub checked (%1)</source>
        <translation>Le poste de l&apos;agent a confirmé l&apos;identité vérifiée par le hub (%1)</translation>
    </message>
    <message>
        <source>sent; no answer recorded</source>
        <translation>envoyée ; aucune réponse enregistrée</translation>
    </message>
    <message>
        <source>the customer opened the login page</source>
        <translation>le client a ouvert la page de connexion</translation>
    </message>
    <message>
        <source>wrong password (attempt %1 of %2)</source>
        <translation>mot de passe erroné (essai %1 sur %2)</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>connecté en tant que %1</translation>
    </message>
    <message>
        <source>not verified by the hub: the agent said %1</source>
        <translation>non vérifié par le hub : l’agent a indiqué %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusée : %1</translation>
    </message>
    <message>
        <source>Wrong password (attempt %1 of %2): the sign-in was stopped</source>
        <translation>Mot de passe erroné (essai %1 sur %2) : la connexion a été arrêtée</translation>
    </message>
    <message>
        <source>Wrong password (attempt %1 of %2)</source>
        <translation>Mot de passe erroné (essai %1 sur %2)</translation>
    </message>
</context>
<context>
    <name>ServerKind</name>
    <message>
        <source>A signet-hub, by its address</source>
        <translation>Un signet-hub, par son adresse</translation>
    </message>
    <message>
        <source>A LivePerson-style account, by account ID and discovery domain</source>
        <translation>Un compte à la manière de LivePerson, par identifiant de compte et domaine de découverte</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>Type de serveur</translation>
    </message>
    <message>
        <source>A signet-hub is reached by its address; a LivePerson-style account by its account ID and the domain that tells where its login and messaging servers are</source>
        <translation>Un signet-hub se joint par son adresse&#xa0;; un compte à la manière de LivePerson par son identifiant et le domaine qui indique où sont ses serveurs de connexion et de messagerie</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>&amp;URL du serveur</translation>
    </message>
    <message>
        <source>Discovery &amp;domain</source>
        <translation>&amp;Domaine de découverte</translation>
    </message>
    <message>
        <source>The signet-hub&apos;s address: https://host:port</source>
        <translation>L&apos;adresse du signet-hub&#xa0;: https://hôte:port</translation>
    </message>
    <message>
        <source>The domain that tells where the account&apos;s login and messaging servers are (host or host:port; always over https)</source>
        <translation>Le domaine qui indique où sont les serveurs de connexion et de messagerie du compte (hôte ou hôte:port&#xa0;; toujours en https)</translation>
    </message>
    <message>
        <source>The account on the server (signet for a signet-hub)</source>
        <translation>Le compte sur le serveur (signet pour un signet-hub)</translation>
    </message>
    <message>
        <source>The account ID (LivePerson&apos;s site ID)</source>
        <translation>L&apos;identifiant du compte (le site ID de LivePerson)</translation>
    </message>
</context>
<context>
    <name>Signet::AgentConnection</name>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>le serveur a répondu HTTP %1</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// on this computer).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (ou http:// sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Refusing an unencrypted connection to %1: use https:// for any server that is not on this computer.</source>
        <translation>Connexion non chiffrée vers %1 refusée&#xa0;: utilisez https:// pour tout serveur qui n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>En ligne en tant que %1</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting in %1 s</source>
        <translation>Connexion perdue&#xa0;; reconnexion dans %1 s</translation>
    </message>
    <message>
        <source>Connection lost (%1); reconnecting in %2 s</source>
        <translation>Connexion perdue (%1)&#xa0;; reconnexion dans %2 s</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server&apos;s discovery answer lacks the login or messaging service.</source>
        <translation>La réponse de découverte du serveur n&apos;indique pas le service de connexion ou de messagerie.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation>Connexion refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s login answer has no bearer token.</source>
        <translation>La réponse de connexion du serveur ne contient pas de jeton bearer.</translation>
    </message>
    <message>
        <source>the server stopped answering (no reply within %1 s)</source>
        <translation>le serveur ne répond plus (aucune réponse en %1 s)</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
</context>
<context>
    <name>Signet::Attention</name>
    <message>
        <source>Transferred to you: %1</source>
        <translation>Transférée vers vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>New conversation: %1</source>
        <translation>Nouvelle conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Un client</translation>
    </message>
    <message>
        <source>Private note from %1 about %2</source>
        <translation>Note interne de %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n new messages)</source>
        <translation>
            <numerusform>%1 (%n nouveau message)</numerusform>
            <numerusform>%1 (%n nouveaux messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signet::Auth::AppleAuthRequest</name>
    <message>
        <source>The %1 bubble needs a title.</source>
        <translation>La bulle %1 a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>The %1 title is longer than %2 characters.</source>
        <translation>Le titre de la bulle %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The %1 subtitle is longer than %2 characters.</source>
        <translation>Le sous-titre de la bulle %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The large style shows a 263×150 image on top: add an image URL or choose icon or small.</source>
        <translation>Le style grand affiche une image de 263×150 en haut&#xa0;: ajoutez l&apos;URL d&apos;une image ou choisissez icône ou petit.</translation>
    </message>
    <message>
        <source>The %1 image URL is not a valid address.</source>
        <translation>L&apos;URL de l&apos;image de la bulle %1 n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The %1 image must be served over https.</source>
        <translation>L&apos;image de la bulle %1 doit être servie en https.</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>de réponse</translation>
    </message>
    <message>
        <source>ConnectorAuthenticationRequest.requestIdentifier is missing.</source>
        <translation>ConnectorAuthenticationRequest.requestIdentifier est absent.</translation>
    </message>
    <message>
        <source>ConnectorAuthenticationRequest.requestIdentifier is longer than 128 characters.</source>
        <translation>ConnectorAuthenticationRequest.requestIdentifier dépasse 128 caractères.</translation>
    </message>
    <message>
        <source>ConnectorAuthenticationRequest.apple.oauth2.responseEncryptionKey is missing.</source>
        <translation>ConnectorAuthenticationRequest.apple.oauth2.responseEncryptionKey est absent.</translation>
    </message>
    <message>
        <source>A sign-in request needs its BusinessChatMessage metadata.</source>
        <translation>Une demande de connexion a besoin de ses métadonnées BusinessChatMessage.</translation>
    </message>
    <message>
        <source>BusinessChatMessage needs receivedMessage and replyMessage with a known style.</source>
        <translation>BusinessChatMessage a besoin de receivedMessage et replyMessage avec un style connu.</translation>
    </message>
    <message>
        <source>%1 is not on the team&apos;s image allow-list.</source>
        <translation>%1 ne figure pas dans la liste des hôtes d’images autorisés de l’équipe.</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::AuthResponse</name>
    <message>
        <source>it names no sign-in request</source>
        <translation>elle ne nomme aucune demande de connexion</translation>
    </message>
    <message>
        <source>its status is not true or false</source>
        <translation>son statut n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>its token is not a string</source>
        <translation>son jeton n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>its token is not encrypted (only tokens encrypted to the request&apos;s key are accepted)</source>
        <translation>son jeton n&apos;est pas chiffré (seuls les jetons chiffrés pour la clé de la demande sont acceptés)</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::AuthResponseBinder</name>
    <message>
        <source>An answer that names no sign-in request was refused.</source>
        <translation>Une réponse qui ne nomme aucune demande de connexion a été refusée.</translation>
    </message>
    <message>
        <source>An answer to an unknown sign-in request (%1) was refused.</source>
        <translation>Une réponse à une demande de connexion inconnue (%1) a été refusée.</translation>
    </message>
    <message>
        <source>An answer to a sign-in request of another conversation was refused.</source>
        <translation>Une réponse à la demande de connexion d&apos;une autre conversation a été refusée.</translation>
    </message>
    <message>
        <source>An answer arrived after the sign-in request had expired and was refused.</source>
        <translation>Une réponse est arrivée après l&apos;expiration de la demande de connexion et a été refusée.</translation>
    </message>
    <message>
        <source>An answer arrived after the sign-in request was cancelled and was refused.</source>
        <translation>Une réponse est arrivée après l&apos;annulation de la demande de connexion et a été refusée.</translation>
    </message>
    <message>
        <source>A second answer to the same sign-in request was refused (replay).</source>
        <translation>Une deuxième réponse à la même demande de connexion a été refusée (rejeu).</translation>
    </message>
    <message>
        <source>Response could not be verified: %1.</source>
        <translation>La réponse n&apos;a pas pu être vérifiée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the customer did not sign in</source>
        <translation>le client ne s&apos;est pas connecté</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Échec de l&apos;authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Response could not be verified: %1</source>
        <translation>La réponse n&apos;a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::AuthTracker</name>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Waiting for the customer to sign in</source>
        <translation>En attente de la connexion du client</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Expired without an answer</source>
        <translation>Expirée sans réponse</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); sign-in request states were not restored.</source>
        <translation>%1 est endommagé (%2)&#xa0;; l&apos;état des demandes de connexion n&apos;a pas été restauré.</translation>
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
        <translation>Connectez-vous pour continuer</translation>
    </message>
    <message>
        <source>Verify it&apos;s you to see your account</source>
        <translation>Confirmez que c&apos;est bien vous pour voir votre compte</translation>
    </message>
    <message>
        <source>You&apos;re signed in</source>
        <translation>Vous êtes connecté</translation>
    </message>
    <message>
        <source>Thanks for verifying</source>
        <translation>Merci de votre vérification</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::IdentityVerifier</name>
    <message>
        <source>Token rejected by provider: it expired at %1.</source>
        <translation>Jeton refusé par le fournisseur&#xa0;: il a expiré à %1.</translation>
    </message>
    <message>
        <source>No identity provider is configured to verify the token.</source>
        <translation>Aucun fournisseur d&apos;identité n&apos;est configuré pour vérifier le jeton.</translation>
    </message>
    <message>
        <source>The identity provider could not be reached: %1</source>
        <translation>Le fournisseur d&apos;identité est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Response could not be verified: the provider named no subject.</source>
        <translation>La réponse n&apos;a pas pu être vérifiée&#xa0;: le fournisseur n&apos;a indiqué aucun sujet.</translation>
    </message>
    <message>
        <source>Response could not be verified: the token was issued by %1, not by %2.</source>
        <translation>La réponse n&apos;a pas pu être vérifiée&#xa0;: le jeton a été émis par %1, pas par %2.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s introspection failed: %1</source>
        <translation>L&apos;introspection auprès du fournisseur d&apos;identité a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Token rejected by provider: it is not active.</source>
        <translation>Jeton refusé par le fournisseur&#xa0;: il n&apos;est pas actif.</translation>
    </message>
    <message>
        <source>Response could not be verified: userinfo and introspection disagree on the subject.</source>
        <translation>La réponse n&apos;a pas pu être vérifiée&#xa0;: userinfo et l&apos;introspection ne donnent pas le même sujet.</translation>
    </message>
    <message>
        <source>Token rejected by provider: it does not know this token (expired, revoked, or forgotten by a provider that restarted). Ask the customer to sign in again.</source>
        <translation>Jeton refusé par le fournisseur : il ne connaît pas ce jeton (expiré, révoqué ou oublié par un fournisseur qui a redémarré). Demandez au client de se reconnecter.</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::SignInCapabilities</name>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>iOS %1</source>
        <translation>iOS %1</translation>
    </message>
    <message>
        <source>%1 cannot sign in: Apple authentication needs iOS 12 or later.</source>
        <translation>%1 ne peut pas se connecter&#xa0;: l&apos;authentification Apple nécessite iOS 12 ou plus récent.</translation>
    </message>
    <message>
        <source>The device did not report its iOS version, so sign-in support is unknown.</source>
        <translation>L&apos;appareil n&apos;a pas indiqué sa version d&apos;iOS&#xa0;; on ne sait donc pas s&apos;il prend en charge la connexion.</translation>
    </message>
    <message>
        <source>Web chat visitors sign in with the Sign in button on their chat page.</source>
        <translation>Les visiteurs du chat web se connectent avec le bouton « Se connecter » de leur page de chat.</translation>
    </message>
    <message>
        <source>Sign-in requests need Apple Messages for Business; this customer is on an unknown channel.</source>
        <translation>Les demandes de connexion nécessitent Apple Messages for Business ; ce client est sur un canal inconnu.</translation>
    </message>
</context>
<context>
    <name>Signet::Auth::SignInService</name>
    <message>
        <source>The desk stopped before the request was sent.</source>
        <translation>Le poste s&apos;est arrêté avant l&apos;envoi de la demande.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Choisissez d&apos;abord une conversation.</translation>
    </message>
    <message>
        <source>The conversation is closed.</source>
        <translation>La conversation est fermée.</translation>
    </message>
    <message>
        <source>Accept the conversation before asking the customer to sign in.</source>
        <translation>Acceptez la conversation avant de demander au client de se connecter.</translation>
    </message>
    <message>
        <source>Sign-in requests need the system keychain: %1</source>
        <translation>Les demandes de connexion nécessitent le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>A sign-in request sent at %1 is still waiting for the customer. Resend or cancel it.</source>
        <translation>Une demande de connexion envoyée à %1 attend toujours le client. Renvoyez-la ou annulez-la.</translation>
    </message>
    <message>
        <source>The conversation is gone.</source>
        <translation>La conversation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>There is no waiting request to send again.</source>
        <translation>Il n&apos;y a aucune demande en attente à renvoyer.</translation>
    </message>
</context>
<context>
    <name>Signet::CertificatePin</name>
    <message>
        <source>A certificate fingerprint is 32 bytes of SHA-256 in hex, like SHA256:AB:CD:… (64 hex digits); this is not one.</source>
        <translation>Une empreinte de certificat fait 32 octets de SHA-256 en hexadécimal, comme SHA256:AB:CD:… (64 chiffres hexadécimaux)&#xa0;; ceci n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>Le certificat de %1 n&apos;est pas reconnu (%2).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>Its fingerprint is %1: if whoever runs the server confirms it, enter it as the certificate fingerprint in File → Connect to Server.</source>
        <translation>Son empreinte est %1&#xa0;: si l&apos;exploitant du serveur la confirme, saisissez-la comme empreinte de certificat dans Fichier → Se connecter à un serveur.</translation>
    </message>
    <message>
        <source>%1 showed a different certificate (%2) from the pinned one (%3); the connection was refused. If the server&apos;s certificate was replaced, check the new fingerprint with whoever runs it.</source>
        <translation>%1 a présenté un autre certificat (%2) que celui épinglé (%3)&#xa0;; la connexion a été refusée. Si le certificat du serveur a été remplacé, vérifiez la nouvelle empreinte avec son exploitant.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>Signet::ConversationListModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>%1 — can be asked to sign in</source>
        <translation>%1 — peut être invité à se connecter</translation>
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
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
</context>
<context>
    <name>Signet::Crypto::AppleTokenCipher</name>
    <message>
        <source>The token is empty.</source>
        <translation>Le jeton est vide.</translation>
    </message>
    <message>
        <source>The token is far larger than any real token and was not decoded.</source>
        <translation>Le jeton est bien plus grand que tout vrai jeton et n&apos;a pas été décodé.</translation>
    </message>
    <message>
        <source>The token is not valid Base64.</source>
        <translation>Le jeton n&apos;est pas du Base64 valide.</translation>
    </message>
    <message>
        <source>The token is too short to hold an ephemeral key, ciphertext and tag (truncated?).</source>
        <translation>Le jeton est trop court pour contenir une clé éphémère, un texte chiffré et une étiquette (tronqué&#xa0;?).</translation>
    </message>
    <message>
        <source>The token does not start with an uncompressed elliptic-curve point: it was tampered with or damaged.</source>
        <translation>Le jeton ne commence pas par un point de courbe elliptique non compressé&#xa0;: il a été altéré ou endommagé.</translation>
    </message>
    <message>
        <source>The token&apos;s ephemeral key is not a point on the curve: it was tampered with or damaged.</source>
        <translation>La clé éphémère du jeton n&apos;est pas un point de la courbe&#xa0;: il a été altéré ou endommagé.</translation>
    </message>
    <message>
        <source>The token was encrypted for a key on another curve than this key&apos;s.</source>
        <translation>Le jeton a été chiffré pour une clé d&apos;une autre courbe que celle de cette clé.</translation>
    </message>
    <message>
        <source>The token failed its integrity check: it was tampered with or encrypted to another key.</source>
        <translation>Le jeton a échoué au contrôle d&apos;intégrité&#xa0;: il a été altéré ou chiffré pour une autre clé.</translation>
    </message>
    <message>
        <source>The decrypted token is not UTF-8 text.</source>
        <translation>Le jeton déchiffré n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The encryption key is not the Base64 of an uncompressed P-384 or P-256 point.</source>
        <translation>La clé de chiffrement n&apos;est pas le Base64 d&apos;un point P-384 ou P-256 non compressé.</translation>
    </message>
    <message>
        <source>The cryptography library failed unexpectedly.</source>
        <translation>La bibliothèque de cryptographie a échoué de façon inattendue.</translation>
    </message>
</context>
<context>
    <name>Signet::DeskSession</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Going online</source>
        <translation>Passage en ligne</translation>
    </message>
    <message>
        <source>Subscribing to routing</source>
        <translation>Abonnement au routage</translation>
    </message>
    <message>
        <source>Subscribing to conversations failed: %1</source>
        <translation>L&apos;abonnement aux conversations a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not accept the conversation: %1</source>
        <translation>Impossible d&apos;accepter la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not join the conversation: %1</source>
        <translation>Impossible de rejoindre la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not leave the conversation: %1</source>
        <translation>Impossible de quitter la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not close the conversation: %1</source>
        <translation>Impossible de fermer la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not transfer the conversation: %1</source>
        <translation>Impossible de transférer la conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not signed in to a server: the message was not sent.</source>
        <translation>Non connecté à un serveur&#xa0;: le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source>No such conversation.</source>
        <translation>Conversation introuvable.</translation>
    </message>
    <message>
        <source>%1 What you sent is kept only while the desk runs.</source>
        <translation>%1 Ce que vous envoyez n&apos;est conservé que tant que le poste tourne.</translation>
    </message>
    <message>
        <source>it expired before the desk could send it</source>
        <translation>elle a expiré avant que le poste puisse l&apos;envoyer</translation>
    </message>
    <message>
        <source>the server did not confirm it</source>
        <translation>le serveur ne l&apos;a pas confirmée</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>A message you wrote while offline was not sent: %1 (“%2”)</source>
        <translation>Un message écrit hors ligne n&apos;a pas été envoyé&#xa0;: %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>The hub did not record the verified identity: %1</source>
        <translation>Le hub n&apos;a pas enregistré l&apos;identité vérifiée&#xa0;: %1</translation>
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
        <translation>Autre canal</translation>
    </message>
</context>
<context>
    <name>Signet::KeyRing</name>
    <message>
        <source>The key ring is not open.</source>
        <translation>Le trousseau de clés n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The key ring&apos;s index in the keychain is damaged or from a newer Signet.</source>
        <translation>L&apos;index du trousseau de clés dans le trousseau du système est endommagé ou provient d&apos;un Signet plus récent.</translation>
    </message>
    <message>
        <source>The key ring&apos;s index in the keychain has a damaged entry.</source>
        <translation>L&apos;index du trousseau de clés dans le trousseau du système contient une entrée endommagée.</translation>
    </message>
    <message>
        <source>The request identifier is empty or already has a key.</source>
        <translation>L&apos;identifiant de la demande est vide ou a déjà une clé.</translation>
    </message>
    <message>
        <source>No key %1 in the key ring.</source>
        <translation>Aucune clé %1 dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>The key in the keychain does not match the key ring&apos;s record of it.</source>
        <translation>La clé du trousseau du système ne correspond pas à celle enregistrée dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>No key is waiting for an answer to request %1 (unknown, answered or expired).</source>
        <translation>Aucune clé n&apos;attend de réponse à la demande %1 (inconnue, déjà répondue ou expirée).</translation>
    </message>
    <message>
        <source>Brand key %1 is already active; use rotate to replace it.</source>
        <translation>La clé de marque %1 est déjà active&#xa0;; remplacez-la avec rotate.</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in request(s) still wait for answers encrypted to this key; deleting it would make them undecryptable. Use --force to delete it anyway.</source>
        <translation>
            <numerusform>%n demande de connexion attend encore des réponses chiffrées pour cette clé&#xa0;; la supprimer les rendrait indéchiffrables. Utilisez --force pour la supprimer quand même.</numerusform>
            <numerusform>%n demandes de connexion attendent encore des réponses chiffrées pour cette clé&#xa0;; la supprimer les rendrait indéchiffrables. Utilisez --force pour la supprimer quand même.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signet::KeychainSecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Le trousseau n&apos;a pas cette entrée.</translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted: %1</source>
        <translation>L&apos;entrée du trousseau n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keyring and allow Signet to use it.</source>
        <translation>L&apos;accès au trousseau a été refusé. Déverrouillez votre trousseau et autorisez Signet à l&apos;utiliser.</translation>
    </message>
    <message>
        <source>No keychain is available: install and unlock GNOME Keyring or KWallet (a Secret Service provider), then try again.</source>
        <translation>Aucun trousseau disponible&#xa0;: installez et déverrouillez GNOME Keyring ou KWallet (un fournisseur Secret Service), puis réessayez.</translation>
    </message>
    <message>
        <source>This system&apos;s keychain does not support the operation.</source>
        <translation>Le trousseau de ce système ne prend pas en charge cette opération.</translation>
    </message>
    <message>
        <source>The keychain is locked: unlock your keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Le trousseau est verrouillé&#xa0;: déverrouillez-le (GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Signet::MessageListModel</name>
    <message>
        <source>[Rich content]</source>
        <translation>[Contenu enrichi]</translation>
    </message>
</context>
<context>
    <name>Signet::Outbox</name>
    <message>
        <source>Cannot read the outbox %1: %2</source>
        <translation>Impossible de lire la boîte d&apos;envoi %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The outbox %1 is damaged and could not be moved aside; it is left as it is, and what you send now is kept only while the desk runs.</source>
        <translation>La boîte d&apos;envoi %1 est endommagée et n&apos;a pas pu être mise de côté&#xa0;; elle est laissée telle quelle, et ce que vous envoyez maintenant n&apos;est conservé que tant que le poste tourne.</translation>
    </message>
    <message>
        <source>The outbox %1 was damaged; %2 waiting items were read and the file was kept as %3.</source>
        <translation>La boîte d&apos;envoi %1 était endommagée&#xa0;; %2 éléments en attente ont été lus et le fichier a été conservé sous %3.</translation>
    </message>
    <message>
        <source>Cannot write the outbox %1: %2</source>
        <translation>Impossible d&apos;écrire la boîte d&apos;envoi %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Signet::SingleInstance</name>
    <message>
        <source>Cannot create %1 to check for a running Signet.</source>
        <translation>Impossible de créer %1 pour vérifier si Signet tourne déjà.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Another Signet holds %1 but does not answer.</source>
        <translation>Un autre Signet détient %1 mais ne répond pas.</translation>
    </message>
    <message>
        <source>The running Signet did not take the request.</source>
        <translation>Le Signet en cours n&apos;a pas accepté la demande.</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::AppearancePage</name>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>A new language applies when Signet starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Signet.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>The colours of the desk; applied at once</source>
        <translation>Les couleurs du poste&#xa0;; appliquées tout de suite</translation>
    </message>
    <message>
        <source>The language of the desk; applied when Signet starts again</source>
        <translation>La langue du poste&#xa0;; appliquée au prochain démarrage de Signet</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::AppleBubblePainter</name>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MESSAGES</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::AuthBubbleComposer</name>
    <message>
        <source>Ask %1 to sign in</source>
        <translation>Demander à %1 de se connecter</translation>
    </message>
    <message>
        <source>Brand preset</source>
        <translation>Modèle de marque</translation>
    </message>
    <message>
        <source>Save as Preset…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Light appearance</source>
        <translation>Apparence claire</translation>
    </message>
    <message>
        <source>Dark appearance</source>
        <translation>Apparence sombre</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Before signing in (received bubble)</source>
        <translation>Avant la connexion (bulle reçue)</translation>
    </message>
    <message>
        <source>After signing in (reply bubble)</source>
        <translation>Après la connexion (bulle de réponse)</translation>
    </message>
    <message>
        <source>Your brand</source>
        <translation>Votre marque</translation>
    </message>
    <message>
        <source>Save Preview as PNG…</source>
        <translation>Enregistrer l&apos;aperçu en PNG…</translation>
    </message>
    <message>
        <source>&amp;Send Request</source>
        <translation>&amp;Envoyer la demande</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Icon — 280×65 pt, 40×40 image beside the text</source>
        <translation>Icône — 280×65 pt, image 40×40 à côté du texte</translation>
    </message>
    <message>
        <source>Small — 280×85 pt, 60×60 image beside the text</source>
        <translation>Petit — 280×85 pt, image 60×60 à côté du texte</translation>
    </message>
    <message>
        <source>Large — 280×210 pt, 263×150 image on top</source>
        <translation>Grand — 280×210 pt, image 263×150 en haut</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Image URL</source>
        <translation>URL de l&apos;image</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Loading the image… the preview shows a placeholder meanwhile.</source>
        <translation>Chargement de l&apos;image… l&apos;aperçu affiche un espace réservé en attendant.</translation>
    </message>
    <message>
        <source>%1×%2 px; Apple recommends %3×%4 px for this style.</source>
        <translation>%1×%2 px&#xa0;; Apple recommande %3×%4 px pour ce style.</translation>
    </message>
    <message>
        <source>%1×%2 px</source>
        <translation>%1×%2 px</translation>
    </message>
    <message>
        <source>Messages shows the received bubble&apos;s image in the reply, not this one.</source>
        <translation>Messages affiche dans la réponse l&apos;image de la bulle reçue, pas celle-ci.</translation>
    </message>
    <message>
        <source>Send the request to the customer</source>
        <translation>Envoyer la demande au client</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Save Preview as PNG</source>
        <translation>Enregistrer l&apos;aperçu en PNG</translation>
    </message>
    <message>
        <source>sign-in-preview.png</source>
        <translation>apercu-connexion.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Fills the bubbles from a saved preset</source>
        <translation>Remplit les bulles à partir d&apos;un modèle enregistré</translation>
    </message>
    <message>
        <source>Save these bubbles as a preset</source>
        <translation>Enregistrer ces bulles comme modèle</translation>
    </message>
    <message>
        <source>Open the composer with this preset from now on</source>
        <translation>Ouvrir désormais le compositeur avec ce modèle</translation>
    </message>
    <message>
        <source>Preview the iPhone in its light or dark appearance</source>
        <translation>Afficher l&apos;iPhone en apparence claire ou sombre</translation>
    </message>
    <message>
        <source>Save the preview of every state as an image</source>
        <translation>Enregistrer l&apos;aperçu de chaque état en image</translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>Fermer sans envoyer</translation>
    </message>
    <message>
        <source>The second line of the bubble (optional)</source>
        <translation>La deuxième ligne de la bulle (facultative)</translation>
    </message>
    <message>
        <source>The size of the bubble and of its image</source>
        <translation>La taille de la bulle et de son image</translation>
    </message>
    <message>
        <source>The list is set in %1.</source>
        <translation>La liste se règle dans %1.</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::BubbleDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Private note · %1</source>
        <translation>Note interne · %1</translation>
    </message>
    <message>
        <source>Supervisor %1</source>
        <translation>Superviseur %1</translation>
    </message>
    <message>
        <source>Sign-in request: %1</source>
        <translation>Demande de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>sent from another desk</source>
        <translation>envoyé depuis un autre poste</translation>
    </message>
    <message>
        <source>Sign-in not accepted: %1</source>
        <translation>Connexion non acceptée : %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::BubbleLayout</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::BubblePreview</name>
    <message>
        <source>Your brand</source>
        <translation>Votre marque</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <source>Image failed to load</source>
        <translation>L&apos;image n&apos;a pas pu être chargée</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The %1 title is cut on the iPhone: “%2”</source>
        <translation>Le titre de la bulle %1 est coupé sur l&apos;iPhone&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The %1 subtitle is cut on the iPhone: “%2”</source>
        <translation>Le sous-titre de la bulle %1 est coupé sur l&apos;iPhone&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>de réponse</translation>
    </message>
    <message>
        <source>Before signing in</source>
        <translation>Avant la connexion</translation>
    </message>
    <message>
        <source>After signing in</source>
        <translation>Après la connexion</translation>
    </message>
    <message>
        <source>If sign-in fails</source>
        <translation>Si la connexion échoue</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <source>In your transcript</source>
        <translation>Dans votre transcription</translation>
    </message>
    <message>
        <source>Not on the allow-list</source>
        <translation>Non autorisée</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::CannedResponses</name>
    <message>
        <source>Canned responses</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>/%1 — %2 (%3)</source>
        <translation>/%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>à vous</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>there</source>
        <translation>à vous</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::CannedResponsesPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Your canned responses</source>
        <translation>Vos réponses types</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Type “/” and a few letters of a title in the message box to insert one. {customer} becomes the customer&apos;s first name, {agent} your name.</source>
        <translation>Tapez «&#xa0;/&#xa0;» et quelques lettres d&apos;un titre dans la zone de message pour en insérer une. {customer} devient le prénom du client, {agent} votre nom.</translation>
    </message>
    <message>
        <source>new-response</source>
        <translation>nouvelle-reponse</translation>
    </message>
    <message>
        <source>Row %1: a title is one word of at most 40 characters (it follows “/”).</source>
        <translation>Ligne %1&#xa0;: un titre est un seul mot de 40 caractères au plus (il suit «&#xa0;/&#xa0;»).</translation>
    </message>
    <message>
        <source>Row %1 (%2): write the response&apos;s text.</source>
        <translation>Ligne %1 (%2)&#xa0;: écrivez le texte de la réponse.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the text is longer than 2000 characters.</source>
        <translation>Ligne %1 (%2)&#xa0;: le texte dépasse 2000 caractères.</translation>
    </message>
    <message>
        <source>There are two responses titled “%1”.</source>
        <translation>Deux réponses s&apos;intitulent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <source>A title you type after “/”, and its text</source>
        <translation>Un titre à taper après «&#xa0;/&#xa0;», et son texte</translation>
    </message>
    <message>
        <source>Add a response</source>
        <translation>Ajouter une réponse</translation>
    </message>
    <message>
        <source>Remove the chosen response</source>
        <translation>Retirer la réponse choisie</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::CloseDialog</name>
    <message>
        <source>Close the conversation with %1</source>
        <translation>Fermer la conversation avec %1</translation>
    </message>
    <message>
        <source>&amp;Close Conversation</source>
        <translation>&amp;Fermer la conversation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: anything the next person should know</source>
        <translation>Facultatif&#xa0;: ce que la personne suivante doit savoir</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>Comment s&apos;est-elle terminée&#xa0;?</translation>
    </message>
    <message>
        <source>Close the conversation with %1?</source>
        <translation>Fermer la conversation avec %1&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Choose how the conversation ended first.</source>
        <translation>Choisissez d&apos;abord comment la conversation s&apos;est terminée.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La note dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Kept with the conversation for whoever reads it later</source>
        <translation>Conservée avec la conversation pour qui la lira plus tard</translation>
    </message>
    <message>
        <source>Keep the conversation open</source>
        <translation>Laisser la conversation ouverte</translation>
    </message>
    <message>
        <source>How the conversation ended; kept with it and in the audit log</source>
        <translation>Comment la conversation s&apos;est terminée&#xa0;; conservé avec elle et dans le journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ComposerEdit</name>
    <message>
        <source>Write a message — Enter sends, Shift+Enter starts a new line</source>
        <translation>Écrivez un message — Entrée envoie, Maj+Entrée commence une nouvelle ligne</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ConnectDialog</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Optional: SHA256:AB:CD:… for a self-signed server</source>
        <translation>Facultatif&#xa0;: SHA256:AB:CD:… pour un serveur auto-signé</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (what signet-hub prints at start), even one no certificate authority vouches for; any other certificate is then refused.</source>
        <translation>Faire confiance à exactement ce certificat (celui que signet-hub affiche au démarrage), même si aucune autorité de certification ne le garantit&#xa0;; tout autre certificat est alors refusé.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;Saved server</source>
        <translation>&amp;Serveur enregistré</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>&amp;URL du serveur</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>&amp;Empreinte du certificat</translation>
    </message>
    <message>
        <source>(type the address below)</source>
        <translation>(saisir l&apos;adresse ci-dessous)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Saisissez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The address must look like https://hub.example.com:8443</source>
        <translation>L&apos;adresse doit ressembler à https://hub.example.com:8443</translation>
    </message>
    <message>
        <source>Use https:// — unencrypted connections are only allowed to this computer.</source>
        <translation>Utilisez https:// — les connexions non chiffrées ne sont permises que vers cet ordinateur.</translation>
    </message>
    <message>
        <source>Enter the account (signet for a signet-hub).</source>
        <translation>Saisissez le compte (signet pour un signet-hub).</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>A certificate fingerprint needs an https:// address.</source>
        <translation>Une empreinte de certificat nécessite une adresse https://.</translation>
    </message>
    <message>
        <source>Connect to the server with these details</source>
        <translation>Se connecter au serveur avec ces informations</translation>
    </message>
    <message>
        <source>Close without connecting</source>
        <translation>Fermer sans se connecter</translation>
    </message>
    <message>
        <source>Your user name on that server</source>
        <translation>Votre nom d&apos;utilisateur sur ce serveur</translation>
    </message>
    <message>
        <source>Your password; kept in the keychain only if you ask</source>
        <translation>Votre mot de passe&#xa0;; conservé dans le trousseau seulement si vous le demandez</translation>
    </message>
    <message>
        <source>The next start connects without asking</source>
        <translation>Le prochain démarrage se connecte sans demander</translation>
    </message>
    <message>
        <source>Connect &amp;to</source>
        <translation>Se connecter &amp;à</translation>
    </message>
    <message>
        <source>&amp;Account ID</source>
        <translation>Identifiant du &amp;compte</translation>
    </message>
    <message>
        <source>%1 — account %2 at %3</source>
        <translation>%1 — compte %2 chez %3</translation>
    </message>
    <message>
        <source>Connecting to %1 and signing in…</source>
        <translation>Connexion à %1 et ouverture de session…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ConversationDelegate</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
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
        <translation>En attente d&apos;un agent</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>écrit…</translation>
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
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>None sent</source>
        <translation>Aucune envoyée</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>dans %n s</numerusform>
            <numerusform>dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>dans %1 h %2 min</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-in expired&lt;/b&gt; — %1 was verified until %2. Ask again to continue.</source>
        <translation>&lt;b&gt;Connexion expirée&lt;/b&gt; — %1 était vérifié jusqu&apos;à %2. Redemandez une connexion pour continuer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authenticated as %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Authentifié en tant que %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Subject %1 · issuer %2</source>
        <translation>Sujet %1 · émetteur %2</translation>
    </message>
    <message>
        <source>Verified at %1 · expires %2</source>
        <translation>Vérifié à %1 · expire %2</translation>
    </message>
    <message>
        <source>Verified at %1 · expiry not stated by the provider</source>
        <translation>Vérifié à %1 · expiration non indiquée par le fournisseur</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Aucune conversation sélectionnée</translation>
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
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Sign-in supported</source>
        <translation>Connexion prise en charge</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>En attente d&apos;un agent</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Attribuée à vous</translation>
    </message>
    <message>
        <source>Assigned to another agent</source>
        <translation>Attribuée à un autre agent</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribuée à %1</translation>
    </message>
    <message>
        <source>&amp;Ask Again…</source>
        <translation>&amp;Redemander…</translation>
    </message>
    <message>
        <source>Send the customer a new sign-in request</source>
        <translation>Envoyer au client une nouvelle demande de connexion</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::DeskApp</name>
    <message>
        <source>Conversation %1 is not on this desk (it may belong to another agent).</source>
        <translation>La conversation %1 n&apos;est pas sur ce poste (elle appartient peut-être à un autre agent).</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Choisissez d&apos;abord une conversation.</translation>
    </message>
    <message>
        <source>Playing the customer works with the built-in demo hub (File → Use the Demo Hub).</source>
        <translation>Jouer le client fonctionne avec le hub de démonstration intégré (Fichier → Utiliser le hub de démonstration).</translation>
    </message>
    <message>
        <source>Demo hub</source>
        <translation>Hub de démonstration</translation>
    </message>
    <message>
        <source>Sign-in requests are unavailable: %1</source>
        <translation>Les demandes de connexion ne sont pas disponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signet</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>The built-in demo hub could not start:
%1</source>
        <translation>Le hub de démonstration intégré n&apos;a pas pu démarrer&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Priya (demo supervisor)</source>
        <translation>Priya (superviseuse de démonstration)</translation>
    </message>
    <message>
        <source>Alex (demo agent)</source>
        <translation>Alex (agent de démonstration)</translation>
    </message>
    <message>
        <source>The identity provider must be reached over https://: %1</source>
        <translation>Le fournisseur d&apos;identité doit être joint en https://&#xa0;: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s client secret could not be read: %1</source>
        <translation>Le secret client du fournisseur d&apos;identité n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The saved password could not be read: %1</source>
        <translation>Le mot de passe enregistré n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>Le mot de passe n&apos;a pas été mémorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 est vérifié.</translation>
    </message>
    <message>
        <source>The demo conversations did not arrive in time.</source>
        <translation>Les conversations de démonstration ne sont pas arrivées à temps.</translation>
    </message>
    <message>
        <source>Hi Maya, I&apos;m sorry about that. Let me look into order #4417 for you.</source>
        <translation>Bonjour Maya, je suis désolé. Je regarde la commande n° 4417 pour vous.</translation>
    </message>
    <message>
        <source>The demo customer did not answer in time.</source>
        <translation>La cliente de démonstration n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>A sign-in request is not possible: %1</source>
        <translation>Une demande de connexion n&apos;est pas possible&#xa0;: %1</translation>
    </message>
    <message>
        <source>no key ring</source>
        <translation>pas de trousseau de clés</translation>
    </message>
    <message>
        <source>The demo customer did not sign in: %1</source>
        <translation>La cliente de démonstration ne s&apos;est pas connectée&#xa0;: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>The customer&apos;s history did not load.</source>
        <translation>L&apos;historique du client ne s&apos;est pas chargé.</translation>
    </message>
    <message>
        <source>The earlier conversation did not open.</source>
        <translation>La conversation précédente ne s&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The supervisor&apos;s live view did not load in time.</source>
        <translation>La vue en direct du superviseur ne s&apos;est pas chargée à temps.</translation>
    </message>
    <message>
        <source>Maya is a gold customer: the duplicate charge can be refunded today.</source>
        <translation>Maya est une cliente Or&#xa0;: le double prélèvement peut être remboursé aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Cannot open the link: %1</source>
        <translation>Impossible d&apos;ouvrir le lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new language applies when Signet starts again.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Signet.</translation>
    </message>
    <message>
        <source>the server did not answer.</source>
        <translation>le serveur n’a pas répondu.</translation>
    </message>
    <message>
        <source>Preferences → Sign-in requests → Image hosts</source>
        <translation>Préférences → Demandes de connexion → Hôtes d’images</translation>
    </message>
    <message>
        <source>the team file on the hub (imageHosts), which its administrator keeps</source>
        <translation>le fichier d’équipe du hub (imageHosts), tenu par son administrateur</translation>
    </message>
    <message numerus="yes">
        <source>%n demo customers are waiting</source>
        <translation>
            <numerusform>%n client de démo attend</numerusform>
            <numerusform>%n clients de démo attendent</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted the conversation with %1</source>
        <translation>Conversation avec %1 acceptée</translation>
    </message>
    <message>
        <source>Replied; the customer answered</source>
        <translation>Réponse envoyée ; la cliente a répondu</translation>
    </message>
    <message>
        <source>Asking the customer to sign in</source>
        <translation>Demande de connexion envoyée à la cliente</translation>
    </message>
    <message>
        <source>The customer signed in: authenticated as %1, checked with the identity provider</source>
        <translation>La cliente s’est connectée : authentifiée en tant que %1, vérifiée auprès du fournisseur d’identité</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::DesktopAttention</name>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation>&amp;Notifications du bureau</translation>
    </message>
    <message>
        <source>Show Message &amp;Text in Notifications</source>
        <translation>Afficher le &amp;texte dans les notifications</translation>
    </message>
    <message>
        <source>Notification &amp;Sound</source>
        <translation>&amp;Son des notifications</translation>
    </message>
    <message>
        <source>Icon in the System &amp;Tray</source>
        <translation>Icône dans la zone de &amp;notification</translation>
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
        <translation>Un client attend un agent.</translation>
    </message>
    <message>
        <source>Open Signet to read it.</source>
        <translation>Ouvrez Signet pour le lire.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::HistoryDelegate</name>
    <message>
        <source>✓ verified</source>
        <translation>✓ vérifié</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Aucun agent</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signet::Ui::HistoryPanel</name>
    <message>
        <source>&amp;Open Transcript</source>
        <translation>&amp;Ouvrir la transcription</translation>
    </message>
    <message>
        <source>Once the customer signs in, their conversations on every channel appear here.</source>
        <translation>Dès que le client se connecte, ses conversations sur tous les canaux apparaissent ici.</translation>
    </message>
    <message>
        <source>Loading %1&apos;s history…</source>
        <translation>Chargement de l&apos;historique de %1…</translation>
    </message>
    <message>
        <source>No earlier conversations with %1.</source>
        <translation>Aucune conversation précédente avec %1.</translation>
    </message>
    <message>
        <source>1 earlier conversation with %1, on every channel:</source>
        <translation>1 conversation précédente avec %1, sur tous les canaux&#xa0;:</translation>
    </message>
    <message>
        <source>%1 earlier conversations with %2, on every channel:</source>
        <translation>%1 conversations précédentes avec %2, sur tous les canaux&#xa0;:</translation>
    </message>
    <message>
        <source>Open the chosen earlier conversation beside this one</source>
        <translation>Ouvrir la conversation précédente choisie à côté de celle-ci</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::IdentityPage</name>
    <message>
        <source>Optional: …/introspect, for the sign-in&apos;s expiry</source>
        <translation>Facultatif&#xa0;: …/introspect, pour l&apos;expiration de la connexion</translation>
    </message>
    <message>
        <source>Type to replace the stored secret</source>
        <translation>Tapez pour remplacer le secret enregistré</translation>
    </message>
    <message>
        <source>The built-in demo hub is its own identity provider; these settings are for desks on a team&apos;s hub, whose customers sign in with the brand&apos;s provider.</source>
        <translation>Le hub de démonstration intégré est son propre fournisseur d&apos;identité&#xa0;; ces réglages concernent les postes reliés au hub d&apos;une équipe, dont les clients se connectent chez le fournisseur de la marque.</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>É&amp;metteur</translation>
    </message>
    <message>
        <source>&amp;Userinfo URL</source>
        <translation>URL &amp;userinfo</translation>
    </message>
    <message>
        <source>I&amp;ntrospection URL</source>
        <translation>URL d&apos;i&amp;ntrospection</translation>
    </message>
    <message>
        <source>&amp;Client id</source>
        <translation>Identifiant &amp;client</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>&amp;Secret client</translation>
    </message>
    <message>
        <source>The secret, when set, is kept in the system keychain.</source>
        <translation>Le secret, s&apos;il est défini, est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Userinfo URL: %1</source>
        <translation>URL userinfo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Introspection URL: %1</source>
        <translation>URL d&apos;introspection&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the issuer too: tokens are checked against it.</source>
        <translation>Saisissez aussi l&apos;émetteur&#xa0;: les jetons sont vérifiés par rapport à lui.</translation>
    </message>
    <message>
        <source>Introspection needs the desk&apos;s client id.</source>
        <translation>L&apos;introspection nécessite l&apos;identifiant client du poste.</translation>
    </message>
    <message>
        <source>The new secret is in the system keychain.</source>
        <translation>Le nouveau secret est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The secret was not saved: %1</source>
        <translation>Le secret n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Fournisseur d&apos;identité</translation>
    </message>
    <message>
        <source>The desk&apos;s client id at the provider, for introspection</source>
        <translation>L&apos;identifiant client du poste chez le fournisseur, pour l&apos;introspection</translation>
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
        <translation>Agent</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Temps d&apos;attente</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
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
        <translation>Toute attente</translation>
    </message>
    <message>
        <source>Waiting 1 min+</source>
        <translation>Attend 1 min et +</translation>
    </message>
    <message>
        <source>Waiting 5 min+</source>
        <translation>Attend 5 min et +</translation>
    </message>
    <message>
        <source>Waiting 15 min+</source>
        <translation>Attend 15 min et +</translation>
    </message>
    <message>
        <source>Any sign-in</source>
        <translation>Toute connexion</translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Non authentifié</translation>
    </message>
    <message>
        <source>Sign-in expired</source>
        <translation>Connexion expirée</translation>
    </message>
    <message>
        <source>Show one channel&apos;s conversations</source>
        <translation>Afficher les conversations d&apos;un canal</translation>
    </message>
    <message>
        <source>Show the conversations one agent handles, or those waiting for one</source>
        <translation>Afficher les conversations d&apos;un agent, ou celles qui en attendent un</translation>
    </message>
    <message>
        <source>Show the conversations of one skill</source>
        <translation>Afficher les conversations d&apos;une compétence</translation>
    </message>
    <message>
        <source>Show customers who have waited at least this long for an answer</source>
        <translation>Afficher les clients qui attendent une réponse depuis au moins cette durée</translation>
    </message>
    <message>
        <source>Show customers by whether they proved who they are</source>
        <translation>Afficher les clients selon qu&apos;ils ont prouvé leur identité ou non</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>En attente d&apos;un agent</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Toutes les compétences</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
    <message>
        <source>All %1 shown</source>
        <translation>Les %1 affichées</translation>
    </message>
    <message>
        <source>Show every conversation again</source>
        <translation>Afficher de nouveau toutes les conversations</translation>
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
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.
New customers ring here as they arrive.</source>
        <translation>Choisissez une conversation à gauche.
Les nouveaux clients sonnent ici dès leur arrivée.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Request &amp;Sign-in…</source>
        <translation>Demander une &amp;connexion…</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Cancel &amp;Request</source>
        <translation>Annuler la &amp;demande</translation>
    </message>
    <message>
        <source>Sign-in request not sent: %1</source>
        <translation>Demande de connexion non envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Join as Manager</source>
        <translation>&amp;Rejoindre comme responsable</translation>
    </message>
    <message>
        <source>Join the conversation so that you can write to the customer</source>
        <translation>Rejoindre la conversation pour pouvoir écrire au client</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Sortir</translation>
    </message>
    <message>
        <source>Leave the conversation and go back to monitoring it</source>
        <translation>Quitter la conversation et revenir à la supervision</translation>
    </message>
    <message>
        <source>Private &amp;Note</source>
        <translation>&amp;Note interne</translation>
    </message>
    <message>
        <source>Close the earlier conversation</source>
        <translation>Fermer la conversation précédente</translation>
    </message>
    <message>
        <source>Earlier conversation</source>
        <translation>Conversation précédente</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>Cl&amp;ient</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Use the &amp;Demo Hub</source>
        <translation>Utiliser le hub de &amp;démonstration</translation>
    </message>
    <message>
        <source>Use the Demo Hub as &amp;Supervisor</source>
        <translation>Utiliser le hub de démonstration comme &amp;superviseur</translation>
    </message>
    <message>
        <source>Try the supervisor&apos;s live view and transcript review on the built-in demo hub</source>
        <translation>Essayer la vue en direct et la revue des transcriptions du superviseur sur le hub de démonstration intégré</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;Close Conversation…</source>
        <translation>&amp;Fermer la conversation…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>Conversation &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Leave Conversation</source>
        <translation>&amp;Quitter la conversation</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revue</translation>
    </message>
    <message>
        <source>&amp;Transcripts…</source>
        <translation>&amp;Transcriptions…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Play the Customer…</source>
        <translation>&amp;Jouer le client…</translation>
    </message>
    <message>
        <source>Open the current customer&apos;s side of the chat in your browser (built-in demo hub)</source>
        <translation>Ouvrir dans votre navigateur le côté client de la conversation en cours (hub de démonstration intégré)</translation>
    </message>
    <message>
        <source>&amp;About Signet</source>
        <translation>À &amp;propos de Signet</translation>
    </message>
    <message>
        <source>About Signet</source>
        <translation>À propos de Signet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signet %1&lt;/h3&gt;&lt;p&gt;The agent desk for authenticated conversations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Signet %1&lt;/h3&gt;&lt;p&gt;Le poste d&apos;agent pour les conversations authentifiées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Private note from %1 about %2: %3</source>
        <translation>Note interne de %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>un client</translation>
    </message>
    <message>
        <source>%1 is waiting. Accept the conversation to answer.</source>
        <translation>%1 attend. Acceptez la conversation pour répondre.</translation>
    </message>
    <message>
        <source>You joined as manager: the customer sees what you send.</source>
        <translation>Vous avez rejoint comme responsable&#xa0;: le client voit ce que vous envoyez.</translation>
    </message>
    <message>
        <source>Monitoring: no agent has accepted yet. The customer does not see you, and nothing is marked read.</source>
        <translation>Supervision&#xa0;: aucun agent n&apos;a encore accepté. Le client ne vous voit pas, et rien n&apos;est marqué comme lu.</translation>
    </message>
    <message>
        <source>Monitoring: %1 and the customer do not see you, and nothing is marked read. Private notes reach %1 only.</source>
        <translation>Supervision&#xa0;: %1 et le client ne vous voient pas, et rien n&apos;est marqué comme lu. Les notes internes n&apos;atteignent que %1.</translation>
    </message>
    <message>
        <source>Send &amp;Note</source>
        <translation>Envoyer la &amp;note</translation>
    </message>
    <message>
        <source>Private note to the agent and supervisors; the customer never sees it</source>
        <translation>Note interne pour l&apos;agent et les superviseurs&#xa0;; le client ne la voit jamais</translation>
    </message>
    <message>
        <source>This conversation is closed.</source>
        <translation>Cette conversation est fermée.</translation>
    </message>
    <message>
        <source>Another agent is handling this conversation.</source>
        <translation>Un autre agent s&apos;occupe de cette conversation.</translation>
    </message>
    <message>
        <source>You joined the conversation as manager.</source>
        <translation>Vous avez rejoint la conversation comme responsable.</translation>
    </message>
    <message>
        <source>You left the conversation; you are monitoring it.</source>
        <translation>Vous avez quitté la conversation&#xa0;; vous la supervisez.</translation>
    </message>
    <message>
        <source>Ask the customer to sign in (%1)</source>
        <translation>Demander au client de se connecter (%1)</translation>
    </message>
    <message>
        <source>Sign-in is not available: %1</source>
        <translation>La connexion n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s sign-in has expired. Ask them to sign in again to see their history.</source>
        <translation>La connexion du client a expiré. Demandez-lui de se reconnecter pour voir son historique.</translation>
    </message>
    <message>
        <source>Once the customer signs in, their conversations on every channel appear here.</source>
        <translation>Dès que le client se connecte, ses conversations sur tous les canaux apparaissent ici.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The earlier conversation could not be opened: %1</source>
        <translation>La conversation précédente n&apos;a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Aucun agent</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>Sign-in request sent.</source>
        <translation>Demande de connexion envoyée.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting to be sent</source>
        <translation>
            <numerusform> · %n en attente d&apos;envoi</numerusform>
            <numerusform> · %n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Search, review and export transcripts</source>
        <translation>Rechercher, relire et exporter des transcriptions</translation>
    </message>
    <message>
        <source>For supervisors</source>
        <translation>Pour les superviseurs</translation>
    </message>
    <message>
        <source>The conversation was transferred.</source>
        <translation>La conversation a été transférée.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>Your conversations and those waiting for an agent; offers and the longest waits first</source>
        <translation>Vos conversations et celles qui attendent un agent&#xa0;; les offres et les plus longues attentes d&apos;abord</translation>
    </message>
    <message>
        <source>The messages of the conversation, oldest first</source>
        <translation>Les messages de la conversation, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>Take the conversation: the customer is then yours to answer</source>
        <translation>Prendre la conversation&#xa0;: c&apos;est alors à vous de répondre au client</translation>
    </message>
    <message>
        <source>What you write to the customer, or to colleagues as a private note; / inserts a canned response</source>
        <translation>Ce que vous écrivez au client, ou aux collègues en note interne&#xa0;; / insère une réponse type</translation>
    </message>
    <message>
        <source>Send what is in the message box (Enter)</source>
        <translation>Envoyer le contenu de la zone de message (Entrée)</translation>
    </message>
    <message>
        <source>Send the same sign-in request again</source>
        <translation>Renvoyer la même demande de connexion</translation>
    </message>
    <message>
        <source>Withdraw the request: an answer to it will be refused</source>
        <translation>Retirer la demande&#xa0;: une réponse à celle-ci sera refusée</translation>
    </message>
    <message>
        <source>An earlier conversation, read-only</source>
        <translation>Une conversation précédente, en lecture seule</translation>
    </message>
    <message>
        <source>Who the customer is, their device and their sign-in</source>
        <translation>Qui est le client, son appareil et sa connexion</translation>
    </message>
    <message>
        <source>The verified customer&apos;s earlier conversations on every channel</source>
        <translation>Les conversations précédentes du client vérifié sur tous les canaux</translation>
    </message>
    <message>
        <source>The customer signed in on the chat page</source>
        <translation>Le client s’est connecté sur la page de chat</translation>
    </message>
    <message>
        <source>Signed in (recorded by the hub)</source>
        <translation>Connecté (enregistré par le hub)</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>Conversation &amp;précédente</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::NetworkImageLoader</name>
    <message>
        <source>Only https images are loaded.</source>
        <translation>Seules les images https sont chargées.</translation>
    </message>
    <message>
        <source>The image could not be loaded: %1</source>
        <translation>L&apos;image n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The address did not return an image.</source>
        <translation>L&apos;adresse n&apos;a pas renvoyé d&apos;image.</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::NotificationsPage</name>
    <message>
        <source>Show desktop &amp;notifications</source>
        <translation>Afficher les &amp;notifications du bureau</translation>
    </message>
    <message>
        <source>Show the message &amp;text in notifications</source>
        <translation>Afficher le &amp;texte des messages dans les notifications</translation>
    </message>
    <message>
        <source>Play the notification &amp;sound</source>
        <translation>Jouer le &amp;son des notifications</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Afficher une icône dans la zone de no&amp;tification</translation>
    </message>
    <message>
        <source>New conversations, and messages in conversations not on screen, through the desktop&apos;s notification service.</source>
        <translation>Nouvelles conversations, et messages des conversations qui ne sont pas à l&apos;écran, via le service de notifications du bureau.</translation>
    </message>
    <message>
        <source>Off: notifications say who wrote, never what (for shared screens and lock screens).</source>
        <translation>Désactivé&#xa0;: les notifications disent qui a écrit, jamais quoi (pour les écrans partagés et les écrans verrouillés).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Amber after (seconds)</source>
        <translation>Orange après (secondes)</translation>
    </message>
    <message>
        <source>Red after (seconds)</source>
        <translation>Rouge après (secondes)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Waiting customers</source>
        <translation>Clients en attente</translation>
    </message>
    <message>
        <source>&amp;Amber after</source>
        <translation>&amp;Orange après</translation>
    </message>
    <message>
        <source>&amp;Red after</source>
        <translation>&amp;Rouge après</translation>
    </message>
    <message>
        <source>How long a customer has waited for an answer before the list marks the conversation.</source>
        <translation>Durée d&apos;attente d&apos;une réponse après laquelle la liste signale la conversation.</translation>
    </message>
    <message>
        <source>Red must come after amber: set “Red after” to %1 s or more.</source>
        <translation>Le rouge doit venir après l&apos;orange&#xa0;: réglez «&#xa0;Rouge après&#xa0;» sur %1 s ou plus.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Seconds of waiting before the list marks the conversation amber</source>
        <translation>Secondes d&apos;attente avant que la liste marque la conversation en orange</translation>
    </message>
    <message>
        <source>Seconds of waiting before the list marks the conversation red</source>
        <translation>Secondes d&apos;attente avant que la liste marque la conversation en rouge</translation>
    </message>
    <message>
        <source>The notification service plays its message sound</source>
        <translation>Le service de notifications joue son son de message</translation>
    </message>
    <message>
        <source>The tray icon counts unread messages and offers</source>
        <translation>L&apos;icône de la zone de notification compte les messages non lus et les offres</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ReviewWindow</name>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Transcript Review — Signet</source>
        <translation>Revue des transcriptions — Signet</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, prefix*</source>
        <translation>Mots, &quot;une expression&quot;, préfixe*</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Mots recherchés</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Verified identity (subject)</source>
        <translation>Identité vérifiée (sujet)</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Identifiant de l&apos;agent</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tout canal</translation>
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
        <translation>Toute connexion</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Sign-in expired</source>
        <translation>Connexion expirée</translation>
    </message>
    <message>
        <source>Sign-in failed or refused</source>
        <translation>Connexion échouée ou refusée</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Conversations found</source>
        <translation>Conversations trouvées</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Sign-in timeline</source>
        <translation>Chronologie de la connexion</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentication timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chronologie de l&apos;authentification&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Results…</source>
        <translation>Exporter les &amp;résultats…</translation>
    </message>
    <message>
        <source>Every conversation found, as one verifiable JSON export</source>
        <translation>Toutes les conversations trouvées, en un seul export JSON vérifiable</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>History reads</source>
        <translation>Lectures d&apos;historique</translation>
    </message>
    <message>
        <source>Transcript reads</source>
        <translation>Lectures de transcriptions</translation>
    </message>
    <message>
        <source>Searches and refusals</source>
        <translation>Recherches et refus</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Conversation id</source>
        <translation>Identifiant de conversation</translation>
    </message>
    <message>
        <source>Actor (agent id, hub, customer:…)</source>
        <translation>Acteur (identifiant d&apos;agent, hub, customer:…)</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Transcripts</source>
        <translation>&amp;Transcriptions</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Search what customers and agents said, or filter the conversations.</source>
        <translation>Recherchez ce que les clients et les agents ont dit, ou filtrez les conversations.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The search did not run: %1</source>
        <translation>La recherche n&apos;a pas été lancée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
    <message>
        <source>The %1 newest conversations found (more match: narrow the search).</source>
        <translation>Les %1 conversations trouvées les plus récentes (il y a d&apos;autres résultats&#xa0;: affinez la recherche).</translation>
    </message>
    <message>
        <source>1 conversation found.</source>
        <translation>1 conversation trouvée.</translation>
    </message>
    <message>
        <source>%1 conversations found.</source>
        <translation>%1 conversations trouvées.</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ vérifié</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Aucun agent</translation>
    </message>
    <message>
        <source>The transcript could not be opened: %1</source>
        <translation>La transcription n&apos;a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The transcript could not be read.</source>
        <translation>La transcription n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The customer did not sign in.</source>
        <translation>Le client ne s&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Verified as %1 — %2 at %3</source>
        <translation>Vérifié comme %1 — %2 à %3</translation>
    </message>
    <message>
        <source>Export hash %1</source>
        <translation>Empreinte de l&apos;export %1</translation>
    </message>
    <message>
        <source>No sign-in in this conversation.</source>
        <translation>Aucune connexion dans cette conversation.</translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation>Exporter la transcription</translation>
    </message>
    <message>
        <source>Open a transcript first.</source>
        <translation>Ouvrez d&apos;abord une transcription.</translation>
    </message>
    <message>
        <source>Authentication timeline</source>
        <translation>Chronologie de l&apos;authentification</translation>
    </message>
    <message>
        <source>Export hash: %1</source>
        <translation>Empreinte de l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported %1 by %2; the JSON export of the same transcript can be checked with signet-hub verify-export.</source>
        <translation>Exporté le %1 par %2&#xa0;; l&apos;export JSON de la même transcription peut être vérifié avec signet-hub verify-export.</translation>
    </message>
    <message>
        <source>Private note (agents only)</source>
        <translation>Note interne (agents uniquement)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>[sign-in request]</source>
        <translation>[demande de connexion]</translation>
    </message>
    <message>
        <source>Transcript %1</source>
        <translation>Transcription %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Search first: there are no results to export.</source>
        <translation>Recherchez d&apos;abord&#xa0;: il n&apos;y a aucun résultat à exporter.</translation>
    </message>
    <message>
        <source>Results export as JSON or CSV; open a transcript for its PDF.</source>
        <translation>Les résultats s&apos;exportent en JSON ou CSV&#xa0;; ouvrez une transcription pour son PDF.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 entries. The log&apos;s hash chain is intact.</source>
        <translation>%1 entrées. La chaîne de hachage du journal est intacte.</translation>
    </message>
    <message>
        <source>%1 entries. THE AUDIT LOG WAS CHANGED: %2</source>
        <translation>%1 entrées. LE JOURNAL D&apos;AUDIT A ÉTÉ MODIFIÉ&#xa0;: %2</translation>
    </message>
    <message>
        <source>Load the audit log first.</source>
        <translation>Chargez d&apos;abord le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Only conversations on this channel</source>
        <translation>Seulement les conversations sur ce canal</translation>
    </message>
    <message>
        <source>Only conversations with this sign-in outcome</source>
        <translation>Seulement les conversations avec ce résultat de connexion</translation>
    </message>
    <message>
        <source>Only conversations started in this period</source>
        <translation>Seulement les conversations commencées pendant cette période</translation>
    </message>
    <message>
        <source>Search with the words and filters above</source>
        <translation>Rechercher avec les mots et les filtres ci-dessus</translation>
    </message>
    <message>
        <source>Choose one to read its transcript</source>
        <translation>Choisissez-en une pour lire sa transcription</translation>
    </message>
    <message>
        <source>The conversation as it was, read-only</source>
        <translation>La conversation telle qu&apos;elle a eu lieu, en lecture seule</translation>
    </message>
    <message>
        <source>Every step of the sign-ins in this conversation</source>
        <translation>Chaque étape des connexions de cette conversation</translation>
    </message>
    <message>
        <source>This transcript as a verifiable JSON export</source>
        <translation>Cette transcription en export JSON vérifiable</translation>
    </message>
    <message>
        <source>This transcript as a spreadsheet</source>
        <translation>Cette transcription en tableur</translation>
    </message>
    <message>
        <source>This transcript as a printable document</source>
        <translation>Cette transcription en document imprimable</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Type d&apos;entrée</translation>
    </message>
    <message>
        <source>Only entries of this kind</source>
        <translation>Seulement les entrées de ce type</translation>
    </message>
    <message>
        <source>Only entries about this conversation</source>
        <translation>Seulement les entrées sur cette conversation</translation>
    </message>
    <message>
        <source>Only entries by this actor</source>
        <translation>Seulement les entrées de cet acteur</translation>
    </message>
    <message>
        <source>Load the entries and check the log&apos;s hash chain</source>
        <translation>Charger les entrées et vérifier la chaîne de hachage du journal</translation>
    </message>
    <message>
        <source>The entries shown, as a spreadsheet</source>
        <translation>Les entrées affichées, en tableur</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Who did what, newest first</source>
        <translation>Qui a fait quoi, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Search and read transcripts</source>
        <translation>Rechercher et lire des transcriptions</translation>
    </message>
    <message>
        <source>The hub&apos;s audit log and the check of its chain</source>
        <translation>Le journal d&apos;audit du hub et la vérification de sa chaîne</translation>
    </message>
    <message>
        <source>asserted by an agent, not verified</source>
        <translation>affirmé par un agent, non vérifié</translation>
    </message>
    <message>
        <source>Not verified by the hub: %1 said the customer is %2 (%3 at %4)</source>
        <translation>Non vérifié par le hub : %1 a indiqué que le client est %2 (%3 chez %4)</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>un agent</translation>
    </message>
    <message>
        <source>Choose a conversation to read its transcript.</source>
        <translation>Choisissez une conversation pour lire sa transcription.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>The review window was closed.</source>
        <translation>La fenêtre de revue a été fermée.</translation>
    </message>
    <message>
        <source>The hub sent no transcript.</source>
        <translation>Le hub n’a envoyé aucune transcription.</translation>
    </message>
    <message>
        <source>someone no longer on the team</source>
        <translation>une personne qui n’est plus dans l’équipe</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ServersPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Serveurs enregistrés</translation>
    </message>
    <message>
        <source>Optional: SHA256:AB:CD:… for a self-signed server</source>
        <translation>Facultatif&#xa0;: SHA256:AB:CD:… pour un serveur auto-signé</translation>
    </message>
    <message>
        <source>Connect to this server (asks for the password)</source>
        <translation>Se connecter à ce serveur (demande le mot de passe)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>&amp;URL du serveur</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>&amp;Empreinte du certificat</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Nouveau serveur</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Every server needs a name.</source>
        <translation>Chaque serveur a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: enter the account (signet for a signet-hub).</source>
        <translation>%1&#xa0;: saisissez le compte (signet pour un signet-hub).</translation>
    </message>
    <message>
        <source>%1: a certificate fingerprint needs an https:// address.</source>
        <translation>%1&#xa0;: une empreinte de certificat nécessite une adresse https://.</translation>
    </message>
    <message>
        <source>There are two servers named “%1”.</source>
        <translation>Deux serveurs s&apos;appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>The servers you connect to by name</source>
        <translation>Les serveurs auxquels vous vous connectez par leur nom</translation>
    </message>
    <message>
        <source>Add a server to the list</source>
        <translation>Ajouter un serveur à la liste</translation>
    </message>
    <message>
        <source>Remove the chosen server from the list</source>
        <translation>Retirer le serveur choisi de la liste</translation>
    </message>
    <message>
        <source>What the server is called in the connection dialog</source>
        <translation>Le nom du serveur dans la fenêtre de connexion</translation>
    </message>
    <message>
        <source>Your user name on that server</source>
        <translation>Votre nom d&apos;utilisateur sur ce serveur</translation>
    </message>
    <message>
        <source>Connect &amp;to</source>
        <translation>Se connecter &amp;à</translation>
    </message>
    <message>
        <source>A&amp;ccount ID</source>
        <translation>Identifiant du c&amp;ompte</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des réglages</translation>
    </message>
    <message>
        <source>The client secret was not saved in the keychain: %1</source>
        <translation>Le secret client n&apos;a pas été enregistré dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose a page of settings</source>
        <translation>Choisir une page de réglages</translation>
    </message>
    <message>
        <source>Save every page and close</source>
        <translation>Enregistrer toutes les pages et fermer</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Save every page and keep the dialog open</source>
        <translation>Enregistrer toutes les pages et garder la fenêtre ouverte</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::ShortcutsPage</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Every menu command that has a keyboard shortcut</source>
        <translation>Chaque commande de menu qui a un raccourci clavier</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::SignInPage</name>
    <message>
        <source>Make &amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>The business name customers see</source>
        <translation>Le nom d&apos;entreprise que voient les clients</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Image hosts, one per line</source>
        <translation>Hôtes d&apos;images, un par ligne</translation>
    </message>
    <message>
        <source>Brand presets</source>
        <translation>Modèles de marque</translation>
    </message>
    <message>
        <source>Double-click a preset (or press F2) to rename it.</source>
        <translation>Double-cliquez sur un modèle (ou appuyez sur F2) pour le renommer.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Nom d&apos;entreprise</translation>
    </message>
    <message>
        <source>Requests &amp;expire after</source>
        <translation>Les demandes &amp;expirent après</translation>
    </message>
    <message>
        <source>&amp;Image hosts</source>
        <translation>&amp;Hôtes d&apos;images</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Image hosts: %1 Write one host name per line, without https://.</source>
        <translation>Hôtes d&apos;images&#xa0;: %1 Écrivez un nom d&apos;hôte par ligne, sans https://.</translation>
    </message>
    <message>
        <source>Every brand preset needs a name.</source>
        <translation>Chaque modèle de marque a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>There are two brand presets named “%1”.</source>
        <translation>Deux modèles de marque s&apos;appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Sign-in requests</source>
        <translation>Demandes de connexion</translation>
    </message>
    <message>
        <source>How long a sign-in request waits for the customer</source>
        <translation>Combien de temps une demande de connexion attend le client</translation>
    </message>
    <message>
        <source>Hosts that bubble images may come from; a host also allows its subdomains</source>
        <translation>Hôtes d&apos;où peuvent venir les images des bulles&#xa0;; un hôte autorise aussi ses sous-domaines</translation>
    </message>
    <message>
        <source>Use the chosen preset when the composer opens</source>
        <translation>Utiliser le modèle choisi à l&apos;ouverture du compositeur</translation>
    </message>
    <message>
        <source>Remove the chosen preset</source>
        <translation>Retirer le modèle choisi</translation>
    </message>
    <message>
        <source>The presets the sign-in composer offers; F2 renames the chosen one</source>
        <translation>Les modèles que propose le compositeur de connexion&#xa0;; F2 renomme celui choisi</translation>
    </message>
    <message>
        <source>Your team&apos;s hub allows no images in sign-in bubbles. Its administrator adds hosts to its team file (imageHosts).</source>
        <translation>Le hub de votre équipe n&apos;autorise aucune image dans les bulles de connexion. Son administrateur ajoute des hôtes dans le fichier d&apos;équipe (imageHosts).</translation>
    </message>
    <message>
        <source>Set by your team&apos;s hub, which refuses images from any other host. Its administrator changes the list in its team file (imageHosts).</source>
        <translation>Défini par le hub de votre équipe, qui refuse les images de tout autre hôte. Son administrateur modifie la liste dans le fichier d&apos;équipe (imageHosts).</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::TransferDialog</name>
    <message>
        <source>To a &amp;colleague who is online</source>
        <translation>À un &amp;collègue en ligne</translation>
    </message>
    <message>
        <source>Back to the &amp;queue of a skill</source>
        <translation>Retour dans la &amp;file d&apos;une compétence</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Transférer %1</translation>
    </message>
    <message>
        <source>Colleagues online</source>
        <translation>Collègues en ligne</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Asking who is online…</source>
        <translation>Qui est en ligne&#xa0;?…</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>%1 keeps the whole conversation; you will no longer see it.</source>
        <translation>%1 garde toute la conversation&#xa0;; vous ne la verrez plus.</translation>
    </message>
    <message>
        <source>%1 (supervisor)</source>
        <translation>%1 (superviseur)</translation>
    </message>
    <message>
        <source>No colleague is online just now.</source>
        <translation>Aucun collègue n&apos;est en ligne pour le moment.</translation>
    </message>
    <message>
        <source>Who is online is not known: %1</source>
        <translation>On ne sait pas qui est en ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>The colleague gets the conversation at once</source>
        <translation>Le collègue reçoit la conversation tout de suite</translation>
    </message>
    <message>
        <source>Every other online agent is offered the conversation</source>
        <translation>La conversation est proposée à tous les autres agents en ligne</translation>
    </message>
    <message>
        <source>Colleagues who are online now</source>
        <translation>Collègues en ligne en ce moment</translation>
    </message>
    <message>
        <source>The skill whose queue the conversation joins</source>
        <translation>La compétence dont la file reçoit la conversation</translation>
    </message>
    <message>
        <source>Hand the conversation on</source>
        <translation>Transmettre la conversation</translation>
    </message>
    <message>
        <source>Keep the conversation</source>
        <translation>Garder la conversation</translation>
    </message>
</context>
<context>
    <name>Signet::Ui::TrayIcon</name>
    <message>
        <source>&amp;Show Signet</source>
        <translation>&amp;Afficher Signet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n nouvelle conversation</numerusform>
            <numerusform>%n nouvelles conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Signet: nothing waiting</source>
        <translation>Signet&#xa0;: rien en attente</translation>
    </message>
    <message>
        <source>Signet: %1</source>
        <translation>Signet&#xa0;: %1</translation>
    </message>
</context>
</TS>
