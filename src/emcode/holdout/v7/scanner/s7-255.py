def greet(fmt, account):
    # fmt comes from the user's profile settings, e.g. "Hi {account.name}"
    return fmt.format(account=account)
