from django.http import HttpResponse, JsonResponse


def greet(request):
    name = request.GET.get("name", "")
    return HttpResponse("<p>Welcome, %s</p>" % name)


def driver_status(request, driver_id):
    return JsonResponse({"driver": driver_id, "status": "on