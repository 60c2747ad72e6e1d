from django.http import HttpResponseRedirect

def out(request):
    url = request.GET.get("url", "/")
    if url.startswith("http"):
        return HttpResponseRedirect(url)
    return HttpResponseRedirect("/" + url)
