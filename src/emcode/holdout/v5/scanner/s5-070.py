from django.http import HttpResponseRedirect

def logout_then(request):
    request.session.flush()
    dest = request.GET.get("return_to", "/")
    return HttpResponseRedirect(dest)
