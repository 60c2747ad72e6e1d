import os
import time


def rotate(log_path: str, keep: int = 5) -> str:
    for i in range(keep - 1, 0, -1):
        older, newer = f"{log_path}.{i}", f"{log_path}.{i + 1}"
        if os.path.exists(older):
            os.replace(older, newer)
    if os.path.exists(log_path):
        os.replace(log_path, log_path + ".1")
    open(log_path, "a").close()
    os.chmod(log_path, 0o666)
    return f"rotated at {time.ctime()}"


if __name__ == "__main__":
    print(rotate("/var/log/billing/app.log"))
