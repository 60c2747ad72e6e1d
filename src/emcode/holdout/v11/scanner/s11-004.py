class Account:
    def __init__(self, owner, balance, api_token):
        self.owner = owner
        self.balance = balance
        self.api_token = api_token


def balance_message(nickname: str, account: Account) -> str:
    template = "Hi " + nickname + ", your balance is {account.balance:.2f} EUR"
    return template.format(account=account)
