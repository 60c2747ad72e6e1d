import getpass
import keyring


def main():
    key = getpass.getpass("Payment provider API key: ")
    keyring.set_password("gymdesk", "payments", key)
    print(f"stored key ending in ...{key[-4:]}" if len(key) > 8 else "stored key")


if __name__ == "__main__":
    main()
