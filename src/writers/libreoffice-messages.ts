/**
 * What `report build --format pdf` says when LibreOffice is missing or fails: in Chinese
 * and English, with how to install it. The CLI prints them as usage/I-O errors (exit 2).
 */
import type { Lang } from "../core/lang.js";
import { LibreOfficeFailed, LibreOfficeMissing } from "./libreoffice.js";

const INSTALL_EN =
  "install LibreOffice (https://www.libreoffice.org/download/ — Debian/Ubuntu: sudo apt-get install libreoffice-writer; " +
  "Fedora: sudo dnf install libreoffice-writer; macOS: brew install --cask libreoffice; Windows: winget install TheDocumentFoundation.LibreOffice), " +
  "or set REPORT_SOFFICE to its soffice program; or build without pdf (--format docx,md)";
const INSTALL_ZH =
  "请安装 LibreOffice（https://zh-cn.libreoffice.org/download/ ；Debian/Ubuntu：sudo apt-get install libreoffice-writer；" +
  "Fedora：sudo dnf install libreoffice-writer；macOS：brew install --cask libreoffice；Windows：winget install TheDocumentFoundation.LibreOffice），" +
  "或用环境变量 REPORT_SOFFICE 指定 soffice 程序的位置；也可不生成 PDF（--format docx,md）";

export interface PdfProblem {
  message: string;
  hint: string;
}

/** The message and hint for a PDF writer's error, or undefined for any other error (a bug). */
export function pdfProblem(error: unknown, lang: Lang): PdfProblem | undefined {
  const zh = lang === "zh";
  if (error instanceof LibreOfficeMissing) {
    const where = error.named;
    return {
      message: zh
        ? where ? `生成 PDF 需要 LibreOffice，但 REPORT_SOFFICE 指定的 ${where} 不存在或不能运行` : "生成 PDF 需要 LibreOffice，但在 PATH 和常见安装位置都没有找到"
        : where ? `a PDF needs LibreOffice, but REPORT_SOFFICE names ${where}, which does not exist or cannot run` : "a PDF needs LibreOffice, which is neither on PATH nor in the usual install folders",
      hint: zh ? INSTALL_ZH : INSTALL_EN,
    };
  }
  if (error instanceof LibreOfficeFailed) {
    return {
      message: zh ? `LibreOffice 未能把文档转换为 PDF：${error.detail}` : `LibreOffice could not convert the document to PDF: ${error.detail}`,
      hint: zh ? "不需要 PDF 时可用 --format docx,md；.docx 可用 Word 或 WPS 打开后另存为 PDF" : "without pdf in --format the other files are built; Word or WPS can also save the .docx as PDF",
    };
  }
  return undefined;
}
