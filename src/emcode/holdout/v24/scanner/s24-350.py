from subprocess import call as run_cmd

def reload_zone(zone: str) -> int:
    return run_cmd(f"rndc reload {zone}", shell=True)
