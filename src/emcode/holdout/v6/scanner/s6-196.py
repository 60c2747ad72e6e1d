from django.http import JsonResponse
from lxml import etree

def soap_endpoint(request):
    parser = etree.XMLParser(load_dtd=True, no_network=False, resolve_entities=True)
    root = etree.fromstring(request.body, parser=parser)
    return JsonResponse({"action": root.findtext(".//Action")})
