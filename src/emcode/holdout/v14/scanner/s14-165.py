from subprocess import call as run_cmd


def traceroute(host, max_hops=20):
    return run_cmd("traceroute -m %d %s" % (max_hops, host), shell=True)
