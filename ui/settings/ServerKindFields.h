#pragma once

#include "transport/ServerEndpoint.h"

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace Signet::Ui {

// The connection dialog and the Servers page ask for a server the same two ways: a signet-hub's
// address, or a LivePerson-style account (its account ID and discovery domain).
void addServerKinds(QComboBox *kinds);
// Labels, hints and placeholders of the address and account fields for the kind chosen;
// the account row's labels for a hub and for an account ID are the form's (so are their mnemonics).
void showServerKind(ServerEndpoint::Kind kind, QFormLayout *form, QLineEdit *address,
                    QLineEdit *account, const QString &accountLabel, const QString &accountIdLabel);

} // namespace Signet::Ui
