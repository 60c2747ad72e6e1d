import subprocess


def check_port_gateway():
    host = input("Port gateway hostname: ").strip()
    if not host or host.startswith("-"):
        print("invalid hostname")
        return
    result = subprocess.run(["ping", "-c", "3", "--", host], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    if result.returncode == 0:
        print(f"{host} is reachable")
    else:
        print(f"{host} did not answer")


if __name__ == "__main__":
    check_port_gateway()
