from django.http import HttpResponse

def read_note(request):
    fname = request.GET.get("f", "readme.txt")
    with open("/var/app/notes/" + fname) as fh:
        data = fh.read()
    return HttpResponse(data, content_type="text/plain")
