/**
 * JavaFX screens, one package per screen, each an XxxView (controls and bindings) and an XxxViewModel
 * (state as properties, commands; testable without a screen). Nothing here touches the store or the
 * network on the FX thread: all such work goes through the injected TaskExecutor.
 */
package app.counterpart.ui;
