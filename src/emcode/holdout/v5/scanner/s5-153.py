from django.http import HttpResponse

def search_view(request):
    term = request.GET.get("term", "")
    parts = ["<h2>Results</h2>", "<p>You searched for: ", term, "</p>"]
    return HttpResponse("".join(parts))
