from django.http import HttpResponse


def unsubscribe(request):
    email = request.GET.get("email", "")
    message = f"<p>{email} has been removed from the newsletter.</p>"
    return HttpResponse(message)
