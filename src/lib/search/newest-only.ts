/**
 * Questions asked one after another (a query per keystroke) whose answers come back in any order: only the newest
 * question's answer is delivered, so an older answer arriving late never replaces a newer one.
 */
export function newestOnly() {
  let asked = 0;
  return {
    ask<T>(question: Promise<T>, answer: (value: T) => void, failed: (error: unknown) => void): void {
      const ticket = ++asked;
      question.then(
        (value) => ticket === asked && answer(value),
        (error: unknown) => ticket === asked && failed(error),
      );
    },
    /** No question is pending any more (the box was emptied): whatever is in flight is dropped. */
    forget(): void {
      asked++;
    },
  };
}
