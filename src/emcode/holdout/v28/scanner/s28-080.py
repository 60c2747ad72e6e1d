import os


def check_port_gateway():
    host = input("Port gateway hostname: ")
    code = os.system("ping -c 3 " + host + " > /dev/null")
    if code == 0:
        print(f"{host} is reachable")
    else:
        print(f"{host} did not answer")


if __name__ == "__main__":
    check_port_gateway()
