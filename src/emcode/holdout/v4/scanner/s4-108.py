import magic


def file_type(path: str) -> str:
    return magic.from_file(path)
