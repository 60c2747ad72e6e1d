from django.http import HttpResponse


def search_view(request):
    q = request.GET.get("q", "")
    header = "<h1>Search</h1>"
    result_line = "<p>Showing results for " + q + "</p>"
    return HttpResponse(header + result_line)
