import os

def write(path: str, data: bytes, private: bool = True) -> None:
    mode = 0o600 if private else 0o644
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)

write("junit.xml", b"<testsuite/>", private=False)
write(".ci-token", os.environ.get("CI_TOKEN", "").encode())
