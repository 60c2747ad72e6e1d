import argparse
from subprocess import call as run_cmd


def checkout_and_build(repo_dir, branch):
    script = f"cd {repo_dir} && git fetch origin && git checkout {branch} && make build"
    return run_cmd(script, shell=True)


def main():
    p = argparse.ArgumentParser(prog="ci-build")
    p.add_argument("--repo", default="/srv/ci/workspace")
    p.add_argument("--branch", required=True, help="branch to build (from the webhook payload)")
    a = p.parse_args()
    raise SystemExit(checkout_and_build(a.repo, a.branch))


if __name__ == "__main__":
    main()
