import os
import subprocess


def redact(argv, secret):
    return [a.replace(secret, "***") for a in argv]


def push_image(image):
    token = os.environ["REGISTRY_TOKEN"]
    argv = ["docker", "login", "registry.example.com", "-u", "ci", "--password-stdin"]
    print("running:", " ".join(redact(argv, token)))
    subprocess.run(argv, input=token, text=True, check=True)
    subprocess.run(["docker", "push", image], check=True)


if __name__ == "__main__":
    push_image(os.environ.get("IMAGE", "registry.example.com/app:latest"))
