from defusedxml.ElementTree import fromstring
from django.http import JsonResponse
from django.views.decorators.http import require_POST

NS = "{http://www.opengis.net/kml/2.2}"

@require_POST
def import_kml(request):
    root = fromstring(request.FILES["kml"].read())
    names = [p.findtext(NS + "name") for p in root.iter(NS + "Placemark")]
    return JsonResponse({"placemarks": names})
