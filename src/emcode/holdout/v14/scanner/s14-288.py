from subprocess import call as run_cmd


def traceroute(host: str, max_hops: int = 20) -> int:
    if host.startswith("-"):
        raise ValueError("host must not start with '-'")
    return run_cmd(["traceroute", "-m", str(int(max_hops)), host])
