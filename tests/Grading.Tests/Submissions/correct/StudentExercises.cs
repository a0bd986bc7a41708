// Not an exercise file: the grader must ignore it (it would not compile, and it would drop the interface).
this is not C#
