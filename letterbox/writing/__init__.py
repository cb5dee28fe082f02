"""Writing help: the prompt library that guides a parent through a letter, and its checks."""
