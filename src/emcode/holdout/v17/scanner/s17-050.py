from os import system as sh


def print_file(path: str, printer: str = "default") -> int:
    return sh(f"lp -d {printer} {path}")
