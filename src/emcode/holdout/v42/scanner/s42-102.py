import json
import sys
import urllib.parse
import urllib.request


def main():
    trial = sys.argv[1]
    url = "https://clinicaltrials.gov/api/v2/studies/" + urllib.parse.quote(trial, safe="")
    with urllib.request.urlopen(url, timeout=15) as resp:
        study = json.load(resp)
    print(study["protocolSection"]["identificationModule"]["briefTitle"])


if __name__ == "__main__":
    main()
