GREETING = "Hello {name}, your locker is {locker}."


def greet(name: str, locker: int) -> str:
    return GREETING.format(name=name, locker=int(locker))
