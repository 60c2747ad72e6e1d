from subprocess import call as run_cmd


def ping_repeater(host, count=3):
    return run_cmd("ping -c %d %s" % (count, host), shell=True)
