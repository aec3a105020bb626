using System.Runtime.CompilerServices;

// The tree-sitter structs are blittable and passed by value; with runtime marshalling disabled, LibraryImport passes them as they are.
[assembly: DisableRuntimeMarshalling]
