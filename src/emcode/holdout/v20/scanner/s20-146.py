import os


def main():
    username = input("new username: ").strip()
    group = input("group [staff]: ").strip() or "staff"
    cmd = "useradd -m -g " + group + " " + username
    if os.system(cmd) == 0:
        print("created", username)
    else:
        print("failed")


if __name__ == "__main__":
    main()
