import subprocess


def set_rink_temperature(celsius):
    value = float(celsius)
    if not -10.0 <= value <= 0.0:
        raise ValueError("ice temperature out of range")
    subprocess.run(["rinkctl", "set-temp", f"{value:.1f}"], check=True, timeout=30)
