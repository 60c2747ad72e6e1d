from xml.dom import minidom
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def soap_endpoint(request):
    doc = minidom.parseString(request.body)
    action = doc.getElementsByTagName("Action")[0].firstChild.nodeValue
    return JsonResponse({"action": action})
