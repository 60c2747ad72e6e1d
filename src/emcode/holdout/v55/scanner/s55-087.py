from django.http import HttpResponse


def greet_volunteer(request):
    name = request.GET.get("name", "volunteer")
    return HttpResponse(f"Thanks for checking the traps today, {name}!")
