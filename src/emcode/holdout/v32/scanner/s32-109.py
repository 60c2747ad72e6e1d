class Member:
    def __init__(self, name, tier, api_secret):
        self.name = name
        self.tier = tier
        self.api_secret = api_secret


def greeting(fmt, member):
    return fmt.format(m=member)
