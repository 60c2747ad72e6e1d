from django.http import HttpResponse, JsonResponse


def search(request):
    q = request.GET.get("q", "")
    return HttpResponse("<p>No results for " + q + "</p>")


def suggest(request):
    prefix = request.GET.get("prefix", "")
    return JsonResponse({"suggestions": [w for w in ["apple", "apricot"] if w.startswith(pref