def greeting(name: str) -> str:
    return "Hello, {}! Welcome to the shop.".format(name)
