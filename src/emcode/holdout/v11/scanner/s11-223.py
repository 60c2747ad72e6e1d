from dataclasses import dataclass


@dataclass
class Account:
    owner: str
    balance: float
    api_token: str


def balance_message(nickname: str, account: Account) -> str:
    return "Hi {name}, your balance is {balance:.2f} EUR".format(name=nickname, balance=account.balance)
