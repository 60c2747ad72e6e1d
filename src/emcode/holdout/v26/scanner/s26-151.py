def greeting(name: str, visits: int) -> str:
    return "Hello {}, this is visit number {}".format(name, int(visits))
