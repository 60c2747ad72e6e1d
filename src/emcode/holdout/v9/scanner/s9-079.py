import logging
import os
import subprocess
import sys

log = logging.getLogger("deploy")


def mask(value: str) -> str:
    return value[:2] + "***" if value else "<unset>"


def deploy(env_name: str) -> int:
    token = os.environ.get("DEPLOY_TOKEN", "")
    log.info("deploying %s with token %s", env_name.replace("\n", " "), mask(token))
    env = dict(os.environ, DEPLOY_TOKEN=token)
    return subprocess.run(["./deploy.sh", env_name], env=env, check=False).returncode


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(deploy(sys.argv[1] if len(sys.argv) > 1 else "staging"))
