from django.http import JsonResponse
from defusedxml.ElementTree import fromstring

def soap_endpoint(request):
    root = fromstring(request.body)
    action = root.findtext(".//Action", default="")
    return JsonResponse({"action": action[:50]})
