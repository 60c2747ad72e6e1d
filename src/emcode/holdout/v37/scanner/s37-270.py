import os

from django.http import JsonResponse


def whois_depot(request):
    domain = request.POST.get("domain", "")
    output = os.popen("whois " + domain).read()
    return JsonResponse({"whois": output[:2000]})
