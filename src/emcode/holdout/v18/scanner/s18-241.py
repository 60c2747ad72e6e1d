import os
import subprocess


def push_image(image):
    token = os.environ["REGISTRY_TOKEN"]
    argv = ["docker", "login", "registry.example.com", "-u", "ci", "-p", token]
    print("running:", " ".join(argv))
    subprocess.run(argv, check=True)
    subprocess.run(["docker", "push", image], check=True)


if __name__ == "__main__":
    push_image(os.environ.get("IMAGE", "registry.example.com/app:latest"))
