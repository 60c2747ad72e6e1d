import httpx

CA_BUNDLE = "/etc/lighthouse/ca.pem"


def main():
    with httpx.Client(verify=CA_BUNDLE, timeout=10) as client:
        r = client.get("https://telemetry.skerry-point.lighthouse.local/api/lamp")
        r.raise_for_status()
        lamp = r.json()
    print(f"lamp hours: {lamp['hours']}, status: {lamp['status']}")


if __name__ == "__main__":
    main()
