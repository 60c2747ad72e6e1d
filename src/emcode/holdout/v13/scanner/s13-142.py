from django.http import HttpResponse


def search(request):
    q = request.GET.get("q", "")
    html = "<h1>Search</h1><p>No results for <em>{}</em></p>".format(q)
    return HttpResponse(html)
